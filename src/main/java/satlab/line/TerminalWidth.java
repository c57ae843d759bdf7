package satlab.line;

import org.jline.utils.WCWidth;
import satlab.lesson.Wrap;

/** Display width as a terminal shows it (JLine's wcwidth): a CJK character or an emoji takes two cells, a combining mark none. */
final class TerminalWidth {
    private TerminalWidth() {}

    static final Wrap.Cells OF = cp -> Math.max(0, WCWidth.wcwidth(cp));
}
