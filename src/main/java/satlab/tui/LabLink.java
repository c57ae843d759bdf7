package satlab.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import satlab.lab.Lab;
import satlab.lab.Seat;
import satlab.learn.ItemAnalysis;
import satlab.learn.Question;
import satlab.learn.Quiz;
import satlab.store.Store;
import satlab.store.StoreException;

/**
 * A tutor's place in a live lab (see {@link Tutor#joinLab}): publishes where the learner is after
 * every frame, mirrors the frame's text while someone follows it, and carries out the console's
 * actions. Used by the session's own thread only.
 */
final class LabLink {
    final Lab lab;
    final Seat seat;
    final Role role;
    final Duration stuckAfter;
    /** Whose quiz numbers this session draws (the learner's name, or {@code --seed}). */
    private final Object quizSeedSource;
    private volatile Instant lastKey;
    /** Whom this session's console follows, so leaving the lab stops it (the learner's frames cost). */
    private String following;

    LabLink(Lab lab, Seat seat, Role role, Duration stuckAfter, Object quizSeedSource) {
        this.lab = lab;
        this.seat = seat;
        this.role = role;
        this.stuckAfter = stuckAfter;
        this.quizSeedSource = quizSeedSource;
        this.lastKey = lab.clock().instant();
    }

    void keyTyped() {
        lastKey = lab.clock().instant();
    }

    /** After a frame: where the learner is now (a volatile swap), and the frame's text if followed. */
    void published(AppState state, TerminalScreen screen) {
        if (!seat.instructor()) seat.publish(LabPresence.of(state), lastKey); // instructors have no row
        if (seat.followed()) seat.mirror(text(screen));
    }

    /** The frame just drawn, a line a row, as the learner's terminal shows it. */
    private static List<String> text(TerminalScreen screen) {
        TerminalSize size = screen.getTerminalSize();
        List<String> out = new ArrayList<>(size.getRows());
        StringBuilder sb = new StringBuilder(size.getColumns());
        for (int r = 0; r < size.getRows(); r++) {
            sb.setLength(0);
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter ch = screen.getBackCharacter(c, r);
                if (ch == null) {
                    sb.append(' ');
                } else if (!ch.isDoubleWidth() || c + 1 >= size.getColumns()) {
                    sb.append(ch.getCharacterString());
                } else {
                    sb.append(ch.getCharacterString());
                    c++; // the wide character's second cell
                }
            }
            out.add(sb.toString().stripTrailing());
        }
        return out;
    }

    void leave() {
        if (following != null) lab.follow(following, false);
        following = null;
        seat.leave(lab.clock().instant());
    }

    /**
     * A quiz's question as this session's tutor would ask it, for the console's summary when the
     * learners did not all see one question: filled in as learners see theirs, never the lesson's
     * {@code {EXPR}} text. A quiz with {@code let:} bindings draws each learner's numbers, so its
     * numbers are marked as an example.
     */
    private String askedOfMe(Quiz quiz) {
        Question asked = quiz.ask(quiz.seed(quizSeedSource));
        if (asked instanceof Question.Broken broken) return broken.message();
        String question = Quiz.instance(asked).question();
        return quiz.block().lets().isEmpty() ? question : "e.g. " + question;
    }

    /** The console's action, done in the lab and the store; its outcome comes back as an input. */
    List<Input> perform(ConsoleAction action, Store store) {
        String me = seat.learner();
        if (action instanceof ConsoleAction.ReadRoster r) {
            List<String> mirror = r.following() == null ? List.of() : lab.screenOf(r.following());
            return List.of(new LabInput.Roster(lab.presences(), lab.clock().instant(), lab.clock().getZone(), mirror));
        }
        if (action instanceof ConsoleAction.ReadItems) {
            try {
                return List.of(new LabInput.ItemsRead(ItemAnalysis.of(store, lab.course(), Optional.empty(),
                        this::askedOfMe)));
            } catch (StoreException e) {
                return List.of(new LabInput.Done("cannot read the answers: " + e.getMessage()));
            }
        }
        if (action instanceof ConsoleAction.LoadLessons) return List.of(new LabInput.Loaded(lab.load()));
        if (action instanceof ConsoleAction.Publish p) {
            lab.replaceCourse(p.reload().course());
            int n = p.reload().course().size();
            return List.of(new LabInput.Done("every session now has the reloaded lessons (" + n
                    + (n == 1 ? " lesson" : " lessons") + (p.reload().kept().isEmpty() ? ")"
                            : "; " + p.reload().kept().size() + " kept at the last good version)")));
        }
        if (action instanceof ConsoleAction.Broadcast b) {
            int n = lab.broadcast(me, b.text());
            return List.of(new LabInput.Done("message sent to " + n + (n == 1 ? " learner" : " learners")));
        }
        if (action instanceof ConsoleAction.Reset r) {
            try {
                store.reset(r.learner(), Optional.of(r.lessonId()));
            } catch (StoreException e) {
                return List.of(new LabInput.Done("not reset: " + e.getMessage()));
            }
            int n = lab.resetReached(r.learner(), r.lessonId(), me);
            return List.of(new LabInput.Done("reset " + r.learner() + "'s lesson " + r.lessonId()
                    + (n == 0 ? " (not connected: they see it when they come back)" : "; their screen shows it now")));
        }
        ConsoleAction.Follow f = (ConsoleAction.Follow) action;
        if (f.on() && following != null) lab.follow(following, false);
        boolean reached = lab.follow(f.learner(), f.on());
        following = f.on() && reached ? f.learner() : null;
        // The status bar says whom the console follows; only a learner gone since needs saying.
        return f.on() && !reached ? List.of(new LabInput.Done(f.learner() + " is not connected")) : List.of();
    }
}
