package satlab.tui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import satlab.lab.Presence;
import satlab.lab.Reload;
import satlab.store.export.Items;

/**
 * The instructor's live lab console: a table of learners (who, connected since, lesson and step,
 * score out of every quiz, wrong answers on the current quiz, idle time, a needs-help mark),
 * sortable, with the class's per-quiz summary, a broadcast field, reload with confirmation, a
 * reset of the selected learner's lesson, and a read-only view of one learner's screen.
 *
 * <p>A sub-model of the usual shape: immutable, {@link #update(Key)} gives a {@link Step} whose
 * effects ({@link Effect.Console}) the tutor carries out in the lab; what the lab reads comes back
 * through {@link #on(LabInput)}. The rows are sorted here when they arrive, and laid out only by
 * {@link ConsoleView}.
 *
 * @param rows       every learner seen, in the current sort order
 * @param now        when the lab was read (idle times are counted to it)
 * @param selected   the selected learner's name, "" for none
 * @param mode       what the console shows
 * @param field      the broadcast message being typed
 * @param items      the last item analysis read, null before one
 * @param itemScroll first quiz shown in the summary
 * @param reload     the reload waiting for confirmation, null for none
 * @param mirror     the followed learner's last frame
 * @param stuckAfter on one step this long marks a learner as needing help
 * @param note       one line for the status bar, "" for none
 */
public record Console(List<Presence> rows, Instant now, ZoneId zone, Sort sort, String selected, Mode mode,
        TextField field, Items items, int itemScroll, Reload reload, List<String> mirror, Duration stuckAfter,
        String note) {

    public enum Mode { TABLE, BROADCAST, LOADING, CONFIRM_RELOAD, CONFIRM_RESET, ITEMS, FOLLOW }

    /** The table's sort orders, in the order {@code s} cycles through them. */
    public enum Sort {
        NAME("name"), HELP("needs help"), LESSON("lesson"), SCORE("score"), WRONG("wrong"), IDLE("idle");

        final String label;

        Sort(String label) {
            this.label = label;
        }

        Sort next() {
            return values()[(ordinal() + 1) % values().length];
        }
    }

    /** How long on one step before a learner is marked, unless serve says otherwise. */
    public static final Duration DEFAULT_STUCK_AFTER = Duration.ofMinutes(10);

    public Console {
        rows = List.copyOf(rows);
        mirror = List.copyOf(mirror);
    }

    /** An empty console, waiting for its first reading of the lab. */
    public static Console open(Duration stuckAfter) {
        return new Console(List.of(), Instant.EPOCH, ZoneOffset.UTC, Sort.NAME, "", Mode.TABLE, TextField.of(""), null,
                0, null, List.of(), stuckAfter, "");
    }

    /**
     * The broadcast field, a question, or a followed screen has the keyboard: letters (q too)
     * are not the tutor's shortcuts there.
     */
    boolean editing() {
        return mode == Mode.BROADCAST || mode == Mode.FOLLOW || mode == Mode.CONFIRM_RELOAD || mode == Mode.CONFIRM_RESET;
    }

    Optional<Presence> selectedRow() {
        return rows.stream().filter(p -> p.learner().equals(selected)).findFirst();
    }

    int selectedIndex() {
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).learner().equals(selected)) return i;
        return rows.isEmpty() ? -1 : 0;
    }

    long connected() {
        return rows.stream().filter(Presence::connected).count();
    }

    long needingHelp() {
        return rows.stream().filter(p -> p.needsHelp(now, stuckAfter).isPresent()).count();
    }

    // ---- what the lab brought ----

    /** A reading or an action's outcome. */
    Step<Console> on(LabInput input) {
        if (input instanceof LabInput.Roster r) {
            List<Presence> sorted = sorted(r.presences(), sort, r.now(), stuckAfter);
            boolean kept = sorted.stream().anyMatch(p -> p.learner().equals(selected));
            String sel = kept ? selected : sorted.isEmpty() ? "" : sorted.get(0).learner();
            return Step.stay(new Console(sorted, r.now(), r.zone(), sort, sel, mode, field, items, itemScroll, reload,
                    mode == Mode.FOLLOW ? r.mirror() : List.of(), stuckAfter, note));
        }
        if (input instanceof LabInput.ItemsRead ir) {
            return Step.stay(with(mode, ir.items(), reload, mode == Mode.ITEMS ? "" : note));
        }
        if (input instanceof LabInput.Loaded l) {
            return Step.stay(with(Mode.CONFIRM_RELOAD, items, l.reload(), ""));
        }
        if (input instanceof LabInput.Done d) return Step.stay(withNote(d.message()));
        return Step.stay(this);
    }

    static List<Presence> sorted(List<Presence> rows, Sort sort, Instant now, Duration stuckAfter) {
        Comparator<Presence> byName = Comparator.comparing(Presence::learner);
        Comparator<Presence> order = switch (sort) {
            case NAME -> byName;
            // Those needing help first, then the connected, then the rest.
            case HELP -> Comparator.<Presence, Boolean>comparing(p -> p.needsHelp(now, stuckAfter).isEmpty())
                    .thenComparing(p -> !p.connected()).thenComparing(byName);
            case LESSON -> Comparator.<Presence, String>comparing(p -> p.activity().lessonTitle())
                    .thenComparingInt(p -> p.activity().step()).thenComparing(byName);
            case SCORE -> Comparator.<Presence>comparingInt(p -> -p.activity().right()).thenComparing(byName);
            case WRONG -> Comparator.<Presence>comparingInt(p -> -p.activity().wrong()).thenComparing(byName);
            case IDLE -> Comparator.<Presence, Duration>comparing(p -> p.idle(now), Comparator.reverseOrder())
                    .thenComparing(byName);
        };
        List<Presence> out = new ArrayList<>(rows);
        out.sort(order);
        return out;
    }

    // ---- keys ----

    Step<Console> update(Key key) {
        Console c = note.isEmpty() ? this : withNote("");
        return switch (mode) {
            case BROADCAST -> c.broadcastKey(key);
            case LOADING -> Step.stay(key.type() == Key.Type.ESC ? c.with(Mode.TABLE, items, null, "reload abandoned") : c);
            case CONFIRM_RELOAD -> c.confirmReload(key);
            case CONFIRM_RESET -> c.confirmReset(key);
            case ITEMS -> c.itemsKey(key);
            case FOLLOW -> c.followKey(key);
            case TABLE -> c.tableKey(key);
        };
    }

    private Step<Console> tableKey(Key key) {
        switch (key.type()) {
            case UP -> {
                return Step.stay(move(-1));
            }
            case DOWN -> {
                return Step.stay(move(+1));
            }
            case PAGE_UP -> {
                return Step.stay(move(-10));
            }
            case PAGE_DOWN -> {
                return Step.stay(move(+10));
            }
            case HOME -> {
                return Step.stay(move(-rows.size()));
            }
            case END -> {
                return Step.stay(move(rows.size()));
            }
            case ENTER -> {
                return follow();
            }
            default -> { }
        }
        if (key.type() != Key.Type.CHAR) return Step.stay(this);
        return switch (key.ch()) {
            case 'k' -> Step.stay(move(-1));
            case 'j' -> Step.stay(move(+1));
            case 's' -> {
                Sort next = sort.next();
                yield Step.stay(new Console(sorted(rows, next, now, stuckAfter), now, zone, next, selected, mode, field,
                        items, itemScroll, reload, mirror, stuckAfter, "sorted by " + next.label));
            }
            case 'b' -> Step.stay(new Console(rows, now, zone, sort, selected, Mode.BROADCAST, TextField.of(""), items,
                    itemScroll, reload, mirror, stuckAfter, ""));
            case 'R' -> Step.stay(with(Mode.LOADING, items, null, ""), new Effect.Console(new ConsoleAction.LoadLessons()));
            case 'x' -> {
                Optional<Presence> p = selectedRow();
                if (p.isEmpty()) yield Step.stay(withNote("no learner to reset"));
                if (!p.get().activity().inLesson()) {
                    yield Step.stay(withNote(p.get().learner() + " is not in a lesson; reset a lesson they are in"));
                }
                yield Step.stay(with(Mode.CONFIRM_RESET, items, reload, ""));
            }
            case 'i' -> Step.stay(with(Mode.ITEMS, items, reload, items == null ? "reading the class's answers..." : ""),
                    new Effect.Console(new ConsoleAction.ReadItems()));
            case 'f' -> follow();
            case 't' -> Step.close(this);
            default -> Step.stay(this);
        };
    }

    private Console move(int by) {
        if (rows.isEmpty()) return this;
        int i = Math.max(0, Math.min(rows.size() - 1, selectedIndex() + by));
        return new Console(rows, now, zone, sort, rows.get(i).learner(), mode, field, items, itemScroll, reload, mirror,
                stuckAfter, note);
    }

    private Step<Console> follow() {
        Optional<Presence> p = selectedRow();
        if (p.isEmpty()) return Step.stay(withNote("no learner to follow"));
        if (!p.get().connected()) return Step.stay(withNote(p.get().learner() + " is not connected"));
        return Step.stay(with(Mode.FOLLOW, items, reload, ""),
                new Effect.Console(new ConsoleAction.Follow(selected, true)),
                new Effect.Console(new ConsoleAction.ReadRoster(selected)));
    }

    private Step<Console> followKey(Key key) {
        if (key.type() == Key.Type.ESC || key.is('f')) {
            return Step.stay(new Console(rows, now, zone, sort, selected, Mode.TABLE, field, items, itemScroll, reload,
                    List.of(), stuckAfter, ""), new Effect.Console(new ConsoleAction.Follow(selected, false)));
        }
        return Step.stay(withNote("following " + selected + ", read-only: your keys do not reach them; Esc or f stops"));
    }

    private Step<Console> broadcastKey(Key key) {
        if (key.type() == Key.Type.ESC) return Step.stay(with(Mode.TABLE, items, reload, "message not sent"));
        if (key.type() == Key.Type.ENTER) {
            String text = field.text().strip();
            if (text.isEmpty()) return Step.stay(withNote("type a message first (Esc cancels)"));
            return Step.stay(new Console(rows, now, zone, sort, selected, Mode.TABLE, TextField.of(""), items,
                    itemScroll, reload, mirror, stuckAfter, "sending..."),
                    new Effect.Console(new ConsoleAction.Broadcast(text)));
        }
        return Step.stay(new Console(rows, now, zone, sort, selected, mode, field.edit(key), items, itemScroll, reload,
                mirror, stuckAfter, ""));
    }

    private Step<Console> confirmReload(Key key) {
        if (key.is('y') || key.is('Y')) {
            return Step.stay(with(Mode.TABLE, items, null, "reloading for everyone..."),
                    new Effect.Console(new ConsoleAction.Publish(reload)));
        }
        return Step.stay(with(Mode.TABLE, items, null, "reload abandoned: learners keep the lessons they have"));
    }

    private Step<Console> confirmReset(Key key) {
        Optional<Presence> p = selectedRow();
        if ((key.is('y') || key.is('Y')) && p.isPresent()) {
            return Step.stay(with(Mode.TABLE, items, reload, "resetting..."), new Effect.Console(
                    new ConsoleAction.Reset(p.get().learner(), p.get().activity().lessonId())));
        }
        return Step.stay(with(Mode.TABLE, items, reload, "nothing reset"));
    }

    private Step<Console> itemsKey(Key key) {
        int n = items == null ? 0 : items.items().size();
        int by = switch (key.type()) {
            case UP -> -1;
            case DOWN -> 1;
            case PAGE_UP -> -10;
            case PAGE_DOWN -> 10;
            case HOME -> -n;
            case END -> n;
            case CHAR -> key.ch() == 'k' ? -1 : key.ch() == 'j' ? 1 : 0;
            default -> 0;
        };
        if (by != 0) {
            int scroll = Math.max(0, Math.min(Math.max(0, n - 1), itemScroll + by));
            return Step.stay(new Console(rows, now, zone, sort, selected, mode, field, items, scroll, reload, mirror,
                    stuckAfter, ""));
        }
        if (key.is('r')) return Step.stay(withNote("reading the class's answers..."),
                new Effect.Console(new ConsoleAction.ReadItems()));
        if (key.type() == Key.Type.ESC || key.is('i')) return Step.stay(with(Mode.TABLE, items, reload, ""));
        return Step.stay(this);
    }

    private Console with(Mode m, Items i, Reload r, String n) {
        return new Console(rows, now, zone, sort, selected, m, field, i, itemScroll, r, mirror, stuckAfter, n);
    }

    Console withNote(String n) {
        return new Console(rows, now, zone, sort, selected, mode, field, items, itemScroll, reload, mirror, stuckAfter, n);
    }
}
