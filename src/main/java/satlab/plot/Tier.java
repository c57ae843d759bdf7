package satlab.plot;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Which characters a plot may use: 7-bit ASCII everywhere, or braille dots and box drawing. */
public enum Tier {
    ASCII,
    UNICODE;

    /** The "auto" choice: Unicode only when the output is encoded as UTF-8. */
    public static Tier forCharset(Charset output) {
        return StandardCharsets.UTF_8.equals(output) ? UNICODE : ASCII;
    }

    /** Parses "ascii", "unicode" or "auto" (auto resolves against the output charset). */
    public static Tier parse(String name, Charset output) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "ascii" -> ASCII;
            case "unicode", "utf-8", "utf8" -> UNICODE;
            case "auto" -> forCharset(output);
            default -> throw new IllegalArgumentException(
                    "unknown charset '" + name.trim() + "' (expected ascii, unicode or auto)");
        };
    }
}
