package satlab.plot;

/** The characters each tier draws with; ASCII uses 7-bit characters only. */
record Glyphs(
        char horizontal,
        char vertical,
        char topLeft,
        char topRight,
        char bottomLeft,
        char bottomRight,
        char leftTick,
        char rightTick,
        char bottomTick,
        char joinLeft,
        char joinRight,
        char cross,
        char markerLine,
        char markerPoint,
        char bandShade,
        String rightArrow,
        String leftArrow,
        String seriesGlyphs) {

    static final Glyphs ASCII = new Glyphs(
            '-', '|', '+', '+', '+', '+', '+', '+', '+', '+', '+', '+',
            '|', '@', '.', "->", "<-", "*ox#%&=~");

    static final Glyphs UNICODE = new Glyphs(
            '─', '│', '┌', '┐', '└', '┘', '┤', '├', '┬', '├', '┤', '┼',
            '┃', '●', '·', "→", "←", "");

    static Glyphs of(Tier tier) {
        return tier == Tier.ASCII ? ASCII : UNICODE;
    }

    /** The ASCII glyph of series i; series beyond the set reuse glyphs in turn. */
    char seriesGlyph(int i) {
        return seriesGlyphs.charAt(i % seriesGlyphs.length());
    }
}
