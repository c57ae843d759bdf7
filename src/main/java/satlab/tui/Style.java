package satlab.tui;

/** What a piece of text means; {@link Painter} decides how that looks (colour, bold, reverse). */
public enum Style {
    PLAIN, EMPHASIS, STRONG, CODE, HEADING, DIM, TITLE, BAR, KEY, SELECTED,
    RIGHT, WRONG, ERROR, SATURATED, ACTIVE, FIELD, FIELD_ACTIVE, SERIES1, SERIES2, MARKER, BAND
}
