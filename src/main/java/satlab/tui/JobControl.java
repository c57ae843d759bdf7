package satlab.tui;

import java.io.IOException;

/**
 * Stopping the tutor's process as a shell job, as vim does on Ctrl-Z: the runner
 * leaves the full screen, calls {@link #suspend()}, and when that returns (the shell's
 * {@code fg}) takes the screen again and redraws every cell. A session with no shell
 * behind it (the lab server) has none, and Ctrl-Z only says so.
 */
@FunctionalInterface
public interface JobControl {

    /**
     * Gives the terminal back in the mode the shell expects, stops the process, and
     * returns once it is continued, with the tutor's terminal mode set again.
     */
    void suspend() throws IOException;
}
