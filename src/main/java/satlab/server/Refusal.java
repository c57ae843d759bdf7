package satlab.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/** Answers a command request (ssh host CMD, scp) with one line saying what the server does instead. */
final class Refusal implements Command {
    private final String line;
    private final Runnable onStart;
    private OutputStream err;
    private ExitCallback exit;

    Refusal(String line, Runnable onStart) {
        this.line = line;
        this.onStart = onStart;
    }

    @Override
    public void setInputStream(InputStream in) {
        // nothing is read
    }

    @Override
    public void setOutputStream(OutputStream out) {
        // the explanation goes to stderr
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        onStart.run();
        tellAndExit(err, line, "\r\n", exit);
    }

    /** Writes one line for the client and ends the channel with exit status 1. */
    static void tellAndExit(OutputStream stream, String line, String newline, ExitCallback exit) {
        try {
            stream.write((line + newline).getBytes(StandardCharsets.UTF_8));
            stream.flush();
        } catch (IOException clientGone) {
            // nobody left to read it
        }
        exit.onExit(1, line);
    }

    @Override
    public void destroy(ChannelSession channel) {
        // nothing to release
    }
}
