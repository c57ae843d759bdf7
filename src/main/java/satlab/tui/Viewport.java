package satlab.tui;

import java.util.List;

/**
 * What the last frame measured, handed back to {@link Update} the way Elm hands a
 * measurement back as a message: how far the pager and the help can scroll and
 * where each of the step's interactive blocks starts. {@code update} clamps scrolling
 * and reveals a focused block with these, so it never lays a page out itself; the
 * view clamps again, so a measurement one frame old can never show a wrong row.
 *
 * @param pagerMax  the largest useful scroll of the pager shown (0 when it fits)
 * @param pagerPage the pager's visible rows
 * @param focusTops the first row of each interactive block of the step shown
 * @param helpMax   the largest useful scroll of the help overlay
 * @param helpPage  the help's visible lines
 */
public record Viewport(int pagerMax, int pagerPage, List<Integer> focusTops, int helpMax, int helpPage) {

    public static final Viewport UNKNOWN = new Viewport(0, 1, List.of(), 0, 1);

    public Viewport {
        focusTops = List.copyOf(focusTops);
    }
}
