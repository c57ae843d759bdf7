package satlab.server;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * What a client receives, as raw text and as the screen a terminal would show: a small VT100
 * interpreter for what Lanterna sends (cursor moves, erases, text; colours ignored).
 */
final class ScreenCapture extends OutputStream {
    private static final Pattern ESCAPES = Pattern.compile("\u001b\\[[0-9;?]*[ -/]*[@-~]|\u001b[()][0-9A-Za-z]|\u001b[=>78]");
    private static final int COLS = 250;
    private static final int ROWS = 80;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
        bytes.write(b);
        notifyAll();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        bytes.write(b, off, len);
        notifyAll();
    }

    synchronized String raw() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    synchronized int size() {
        return bytes.size();
    }

    /** Everything received with escape sequences removed (for plain lines such as the goodbye). */
    String text() {
        return ESCAPES.matcher(raw()).replaceAll("");
    }

    /** The screen after interpreting everything received, one line per row, trailing blanks trimmed. */
    String screen() {
        char[][] grid = new char[ROWS][COLS];
        for (char[] row : grid) Arrays.fill(row, ' ');
        String s = raw();
        int row = 0;
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u001b' && i + 1 < s.length() && s.charAt(i + 1) == '[') {
                int j = i + 2;
                while (j < s.length() && (s.charAt(j) < '@' || s.charAt(j) > '~')) j++;
                if (j >= s.length()) break;
                String params = s.substring(i + 2, j).replace("?", "");
                int[] p = Arrays.stream(params.isEmpty() ? new String[0] : params.split(";", -1))
                        .mapToInt(x -> x.isEmpty() ? 0 : Integer.parseInt(x)).toArray();
                int n = p.length > 0 && p[0] > 0 ? p[0] : 1;
                switch (s.charAt(j)) {
                    case 'H', 'f' -> {
                        row = clamp((p.length > 0 && p[0] > 0 ? p[0] : 1) - 1, ROWS);
                        col = clamp((p.length > 1 && p[1] > 0 ? p[1] : 1) - 1, COLS);
                    }
                    case 'A' -> row = clamp(row - n, ROWS);
                    case 'B' -> row = clamp(row + n, ROWS);
                    case 'C' -> col = clamp(col + n, COLS);
                    case 'D' -> col = clamp(col - n, COLS);
                    case 'J' -> {
                        int mode = p.length > 0 ? p[0] : 0;
                        for (int r = 0; r < ROWS; r++) {
                            for (int k = 0; k < COLS; k++) {
                                boolean after = r > row || (r == row && k >= col);
                                if (mode == 2 || mode == 3 || (mode == 0 && after) || (mode == 1 && !after)) grid[r][k] = ' ';
                            }
                        }
                    }
                    case 'K' -> {
                        int mode = p.length > 0 ? p[0] : 0;
                        for (int k = 0; k < COLS; k++) {
                            if (mode == 2 || (mode == 0 && k >= col) || (mode == 1 && k <= col)) grid[row][k] = ' ';
                        }
                    }
                    default -> { }
                }
                i = j;
            } else if (c == '\u001b') {
                i++;
            } else if (c == '\r') {
                col = 0;
            } else if (c == '\n') {
                row = clamp(row + 1, ROWS);
            } else if (c == '\b') {
                col = clamp(col - 1, COLS);
            } else if (c >= ' ') {
                grid[row][col] = c;
                col = clamp(col + 1, COLS);
            }
        }
        StringBuilder out = new StringBuilder();
        for (char[] line : grid) out.append(new String(line).stripTrailing()).append('\n');
        return out.toString().stripTrailing();
    }

    /** Waits until the interpreted screen contains {@code expected}; fails showing the screen. */
    synchronized String awaitScreen(String expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String screen = screen();
            if (screen.contains(expected)) return screen;
            long left = deadline - System.nanoTime();
            if (left <= 0) throw new AssertionError("expected '" + expected + "' on the screen:\n" + screen);
            wait(Math.max(1, left / 1_000_000));
        }
    }

    String await(String expected) throws InterruptedException {
        return awaitScreen(expected, LabFixture.WAIT);
    }

    private static int clamp(int v, int limit) {
        return Math.max(0, Math.min(limit - 1, v));
    }
}
