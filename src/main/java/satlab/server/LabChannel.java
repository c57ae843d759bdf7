package satlab.server;

import com.googlecode.lanterna.TerminalSize;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.channel.PtyMode;
import org.apache.sshd.common.channel.RequestHandler;
import org.apache.sshd.common.io.IoWriteFuture;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.channel.ChannelSession;

/**
 * An SSH session channel that remembers whether the client asked for a terminal and at what size,
 * passes window changes and interrupts to the running tutor, and refuses everything the lab does
 * not offer (agent and X11 forwarding, subsystems such as sftp, arbitrary environment variables).
 */
final class LabChannel extends ChannelSession {
    static final TerminalSize FALLBACK_SIZE = new TerminalSize(80, 24);
    private static final int MAX_DIMENSION = 1000;
    private static final Set<String> ACCEPTED_ENV = Set.of("LANG", "LC_ALL", "LC_CTYPE", "NO_COLOR", "COLORTERM");
    private static final int MAX_ENV_VALUE = 64;

    private volatile TerminalSize ptySize;
    private volatile Consumer<TerminalSize> windowListener = size -> {};
    private volatile Runnable interruptListener = () -> {};
    private final Map<String, String> clientEnv = new ConcurrentHashMap<>();

    static ChannelFactory factory() {
        return new ChannelFactory() {
            @Override
            public String getName() {
                return "session";
            }

            @Override
            public Channel createChannel(Session session) {
                return new LabChannel();
            }
        };
    }

    /** The terminal size from the client's pty request, empty if it did not ask for a terminal. */
    Optional<TerminalSize> ptySize() {
        return Optional.ofNullable(ptySize);
    }

    Map<String, String> clientEnvironment() {
        return Map.copyOf(clientEnv);
    }

    void onWindowChange(Consumer<TerminalSize> listener) {
        this.windowListener = listener;
    }

    void onInterrupt(Runnable listener) {
        this.interruptListener = listener;
    }

    @Override
    protected RequestHandler.Result handlePtyReqParsed(
            String term, int columns, int rows, int width, int height, Map<PtyMode, Integer> modes) throws IOException {
        ptySize = sane(columns, rows);
        if (term != null && term.length() <= MAX_ENV_VALUE) clientEnv.put("TERM", term);
        return super.handlePtyReqParsed(term, columns, rows, width, height, modes);
    }

    @Override
    protected RequestHandler.Result handleWindowChangeParsed(int columns, int rows, int width, int height)
            throws IOException {
        if (ptySize == null) return RequestHandler.Result.ReplyFailure;
        TerminalSize size = sane(columns, rows);
        ptySize = size;
        windowListener.accept(size);
        return RequestHandler.Result.ReplySuccess;
    }

    @Override
    protected RequestHandler.Result handleEnvParsed(String name, String value) {
        if (!ACCEPTED_ENV.contains(name) || value.length() > MAX_ENV_VALUE) return RequestHandler.Result.ReplyFailure;
        clientEnv.put(name, value);
        return RequestHandler.Result.ReplySuccess;
    }

    @Override
    protected RequestHandler.Result handleSignalParsed(String name) {
        if (Set.of("INT", "TERM", "HUP", "QUIT").contains(name)) interruptListener.run();
        return RequestHandler.Result.ReplySuccess;
    }

    @Override
    protected RequestHandler.Result handleBreakParsed(long length) {
        interruptListener.run();
        return RequestHandler.Result.ReplySuccess;
    }

    @Override
    protected RequestHandler.Result handleAgentForwarding(String requestType, Buffer buffer, boolean wantReply) {
        return RequestHandler.Result.ReplyFailure;
    }

    @Override
    protected RequestHandler.Result handleX11Forwarding(String requestType, Buffer buffer, boolean wantReply) {
        return RequestHandler.Result.ReplyFailure;
    }

    @Override
    protected RequestHandler.Result handleSubsystemParsed(String request, String subsystem) {
        return RequestHandler.Result.ReplyFailure;
    }

    /** A refused subsystem (sftp) leaves nothing to do on this channel, so it is closed once the refusal is sent. */
    @Override
    protected IoWriteFuture sendResponse(Buffer buffer, String request, RequestHandler.Result result, boolean wantReply)
            throws IOException {
        IoWriteFuture sent = super.sendResponse(buffer, request, result, wantReply);
        if (Channel.CHANNEL_SUBSYSTEM.equals(request) && result == RequestHandler.Result.ReplyFailure) {
            sent.addListener(done -> close(false));
        }
        return sent;
    }

    /** Some clients report 0×0 when they do not know; absurd sizes would make the tutor allocate huge buffers. */
    private static TerminalSize sane(int columns, int rows) {
        if (columns <= 0 || rows <= 0) return FALLBACK_SIZE;
        return new TerminalSize(Math.min(columns, MAX_DIMENSION), Math.min(rows, MAX_DIMENSION));
    }
}
