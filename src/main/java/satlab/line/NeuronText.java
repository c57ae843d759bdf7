package satlab.line;

import java.util.ArrayList;
import java.util.List;
import satlab.engine.Activation;
import satlab.engine.Format;
import satlab.engine.Neuron;
import satlab.lesson.Wrap;

/**
 * The neuron report as lines of plain text, the same in the REPL and in the plain
 * tutor's explorer: the figures one per line with the verdict in words (a screen
 * reader reads it out; nothing depends on colour), then the one-sentence reason.
 */
public final class NeuronText {

    private NeuronText() {}

    /** The report's lines, the explanation wrapped to {@code width} columns. */
    public static List<String> lines(Neuron.Report r, int width) {
        String f = r.activation().displayName();
        List<String> out = new ArrayList<>();
        out.add(label("z") + Format.number(r.z()));
        out.add(label(f + "(z)") + Format.number(r.output()));
        out.add(label(f + "'(z)") + Format.number(r.gradient()));
        out.add(label("% of peak") + Format.percent(r.gradientPercent()));
        out.add(label("verdict") + r.verdict() + (r.activation() == Activation.RELU
                ? " (dead when z <= 0)"
                : " (threshold |z| > " + Format.number(r.threshold()) + ")"));
        out.addAll(Wrap.text(r.explanation(), width));
        return out;
    }

    private static String label(String name) {
        return String.format("%-12s= ", name);
    }
}
