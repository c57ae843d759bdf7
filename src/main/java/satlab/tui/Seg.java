package satlab.tui;

/** A run of text in one style: layout produces lines of these, the painter draws them. */
public record Seg(String text, Style style) {

    public static Seg plain(String text) {
        return new Seg(text, Style.PLAIN);
    }

    public static Seg of(String text, Style style) {
        return new Seg(text, style);
    }
}
