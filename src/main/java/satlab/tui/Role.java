package satlab.tui;

/**
 * Whose tutor this is. A local author (LOCAL) reloads the lessons with R; a learner of a lab
 * server (LEARNER) plays the lessons the instructor serves and never sees the server's files; an
 * instructor (INSTRUCTOR) starts in the lab console and comes back to it on quitting the tutor.
 */
public enum Role {
    LOCAL, LEARNER, INSTRUCTOR
}
