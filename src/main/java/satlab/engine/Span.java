package satlab.engine;

/** Where a piece of source text is: a 0-based character offset and a length. */
public record Span(int offset, int length) {
    public Span to(Span end) {
        return new Span(offset, Math.max(length, end.offset + end.length - offset));
    }
}
