package satlab.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.Screen.RefreshType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing one full 80×24 frame of text into a Lanterna screen and refreshing it, as
 * the tutor does for every key: through Lanterna's TextGraphics.putString (how the
 * Painter wrote until it kept its cells), and through the session's {@link Cells}
 * with Screen.setCharacter (how it writes now). Side by side in one run:
 * {@code bench/jmh FrameBenchmark}. It lives beside Cells because Cells is the
 * tutor's own business, not API.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FrameBenchmark {

    @Param({"putString", "cells"})
    public String path;

    private TerminalScreen screen;
    private Cells cells;
    private String[] lines;
    private int frame;

    @Setup
    public void setUp() throws IOException {
        screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(80, 24)));
        screen.startScreen();
        cells = new Cells(true);
        lines = new String[24];
        for (int r = 0; r < 24; r++) {
            lines[r] = String.format("%-79s", " " + (r + 1) + ". σ(z) = 1/(1+e^-z) — z = Σ w·a + b, step " + r + " of 24");
        }
    }

    @Benchmark
    public TerminalScreen frame() throws IOException {
        frame++;
        screen.clear();
        if (path.equals("cells")) {
            for (int r = 0; r < 24; r++) {
                Style style = (r + frame) % 3 == 0 ? Style.STRONG : Style.PLAIN;
                String line = lines[r];
                for (int c = 0; c < line.length(); c++) screen.setCharacter(c, r, cells.of(line.charAt(c), style));
            }
        } else {
            TextGraphics g = screen.newTextGraphics();
            for (int r = 0; r < 24; r++) {
                boolean strong = (r + frame) % 3 == 0;
                g.setForegroundColor(strong ? TextColor.ANSI.CYAN : TextColor.ANSI.DEFAULT);
                g.putString(0, r, lines[r]);
            }
        }
        screen.refresh(RefreshType.DELTA);
        return screen;
    }
}
