package satlab.sim;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** The learning curve of one {@link TrainConfig}: epochs 0..n. */
public record TrainResult(TrainConfig config, List<Epoch> epochs) {
    public TrainResult {
        epochs = List.copyOf(epochs);
    }

    /**
     * The neuron at one epoch.
     *
     * @param epoch steps taken so far
     * @param w weight
     * @param b bias
     * @param output a = σ(w·x + b)
     * @param cost C(a, y)
     * @param gradW ∂C/∂w at this point, the size of the next step over η
     * @param slope σ'(z): near 0 when the neuron is saturated
     */
    public record Epoch(int epoch, double w, double b, double output, double cost, double gradW, double slope) {}

    public Epoch at(int epoch) {
        return epochs.get(epoch);
    }

    public Epoch last() {
        return epochs.get(epochs.size() - 1);
    }

    /** The first epoch whose output is below the level, or -1 if it never gets there. */
    public int firstBelow(double level) {
        for (Epoch e : epochs) {
            if (e.output() < level) return e.epoch();
        }
        return -1;
    }

    /**
     * The output or the cost as a function of a real epoch, linear between whole
     * epochs and NaN outside [0, last epoch]: ready for a plot's series.
     */
    public DoubleUnaryOperator curve(TrainText.Quantity q) {
        double[] ys = epochs.stream().mapToDouble(q::of).toArray();
        return e -> {
            if (!(e >= 0 && e <= ys.length - 1)) return Double.NaN;
            int i = (int) Math.floor(e);
            if (i >= ys.length - 1) return ys[ys.length - 1];
            double f = e - i;
            return ys[i] + f * (ys[i + 1] - ys[i]);
        };
    }

    public double[] outputs() {
        return epochs.stream().mapToDouble(Epoch::output).toArray();
    }

    public double[] costs() {
        return epochs.stream().mapToDouble(Epoch::cost).toArray();
    }
}
