package satlab.tui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import satlab.lab.LabMessage;
import satlab.lab.Presence;
import satlab.lab.Reload;
import satlab.store.export.Items;

/** What the live lab brings into a session: messages from the instructor, and the console's readings. */
public sealed interface LabInput extends Input {

    /** A message the lab delivered to this session (any session: a broadcast, a reload, a reset, a follow). */
    record Message(LabMessage message) implements LabInput {}

    /** Time to read the lab again (the console on screen asks a few times a second). */
    record Tick() implements LabInput {}

    /** The lab as read at {@code now}: every learner's row, and the followed learner's screen if any. */
    record Roster(List<Presence> presences, Instant now, ZoneId zone, List<String> mirror) implements LabInput {
        public Roster {
            presences = List.copyOf(presences);
            mirror = List.copyOf(mirror);
        }
    }

    record ItemsRead(Items items) implements LabInput {}

    record Loaded(Reload reload) implements LabInput {}

    /** An action finished: one line for the console's status bar. */
    record Done(String message) implements LabInput {}
}
