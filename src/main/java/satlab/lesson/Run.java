package satlab.lesson;

/** A stretch of text with one style; players map styles to colours or attributes. */
public record Run(Style style, String text) {

    public enum Style {
        PLAIN,
        /** {@code *emphasis*} or {@code _emphasis_}. */
        EMPHASIS,
        /** {@code **strong**} or {@code __strong__}. */
        STRONG,
        /** {@code `code`}. */
        CODE
    }

    public static Run plain(String text) {
        return new Run(Style.PLAIN, text);
    }
}
