package satlab.line;

import java.util.List;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import satlab.lesson.Run;
import satlab.lesson.Wrap;

/**
 * Text attributes for the plain tutor, off unless asked for: without colour every
 * string is printed as is, so logs and screen readers get no escape codes. Meaning
 * never rests on colour alone: the words (Right., Not quite., SATURATED) are there.
 */
final class Style {

    private final boolean color;

    /** Colour was asked for with --color, so it is sent whatever the terminal claims. */
    Style(boolean color) {
        this.color = color;
    }

    String heading(String text) {
        return styled(text, AttributedStyle.BOLD);
    }

    String right(String text) {
        return styled(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN));
    }

    String wrong(String text) {
        return styled(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.RED));
    }

    String dim(String text) {
        return styled(text, AttributedStyle.DEFAULT.faint());
    }

    /** A wrapped line of prose with its emphasis, strong text and code styled. */
    String line(Wrap.Line line) {
        if (!color) return line.text();
        AttributedStringBuilder sb = new AttributedStringBuilder().append(line.prefix());
        for (Run run : line.runs()) sb.styled(style(run.style()), run.text());
        return sb.toAnsi();
    }

    String lines(List<Wrap.Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (Wrap.Line l : lines) sb.append(line(l)).append('\n');
        return sb.toString();
    }

    private static AttributedStyle style(Run.Style style) {
        return switch (style) {
            case PLAIN -> AttributedStyle.DEFAULT;
            case EMPHASIS -> AttributedStyle.DEFAULT.italic();
            case STRONG -> AttributedStyle.BOLD;
            case CODE -> AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
        };
    }

    private String styled(String text, AttributedStyle style) {
        if (!color) return text;
        return new AttributedStringBuilder().styled(style, text).toAnsi();
    }
}
