package satlab.plot;

/**
 * A run of characters on one line of a {@link Plot} that belongs to one element,
 * so a colour UI can style it: columns [start, end) of line {@code line}.
 * {@code series} is the index of the series the run belongs to, or -1.
 */
public record Span(int line, int start, int end, Kind kind, int series) {

    public enum Kind {
        /** Border, axis lines and tick marks. */
        FRAME,
        /** Numbers along the axes. */
        TICK_LABEL,
        /** A series' name in the legend line. */
        LEGEND,
        /** Points of a curve (and the sample glyph in the legend). */
        CURVE,
        /** The vertical line at the marked z. */
        MARKER,
        /** Where the marker line meets a curve. */
        MARKER_POINT,
        /** The marker's value, or the edge arrow when z is off the plot. */
        MARKER_LABEL,
        /** Cells in a saturation band (|z| above the threshold). */
        BAND,
        /** The word "saturated" over a band. */
        BAND_LABEL,
        /** A one-line explanation shown instead of a plot. */
        MESSAGE
    }

    public int length() {
        return end - start;
    }
}
