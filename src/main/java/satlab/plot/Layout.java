package satlab.plot;

import java.util.Locale;

/**
 * How several series share the picture. STACKED gives each its own panel and y
 * scale over a shared x axis (σ' peaks at 0.25, so on σ's scale it would be a
 * ripple); OVERLAY draws them in one panel, with a second y scale on the right
 * when there are exactly two series of different ranges.
 */
public enum Layout {
    STACKED,
    OVERLAY;

    public static Layout parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "stacked", "stack" -> STACKED;
            case "overlay", "overlaid" -> OVERLAY;
            default -> throw new IllegalArgumentException(
                    "unknown layout '" + name.trim() + "' (expected stacked or overlay)");
        };
    }
}
