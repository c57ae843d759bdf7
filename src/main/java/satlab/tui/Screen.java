package satlab.tui;

import java.util.List;
import java.util.Map;

/** The screens the tutor stacks: the menu at the bottom, a lesson over it, an explorer on top. */
public sealed interface Screen {

    /** @param lint the last reload's diagnostics, shown in a panel until Esc; empty when none */
    record Menu(int selected, List<String> lint) implements Screen {
        public Menu {
            lint = List.copyOf(lint);
        }
    }

    /**
     * One lesson.
     *
     * @param focus   index into the step's interactive blocks (neuron and quiz), -1 for none
     * @param quizzes this learner's instance of every quiz in the lesson, by quiz index
     */
    record Pager(int lesson, int step, int scroll, int focus, Map<Integer, QuizState> quizzes) implements Screen {
        public Pager {
            quizzes = Map.copyOf(quizzes);
        }
    }

    /**
     * Missed quizzes asked again with fresh numbers, one at a time; the quiz is always focused.
     *
     * @param quizzes one per missed quiz, in course order
     * @param current the one shown
     */
    record Review(List<QuizState> quizzes, int current) implements Screen {
        public Review {
            quizzes = List.copyOf(quizzes);
        }
    }

    /** The end of a lesson or the course: the learning model's summary lines; any key closes it. */
    record Summary(String title, List<String> lines) implements Screen {
        public Summary {
            lines = List.copyOf(lines);
        }
    }

    record ExplorerScreen(Explorer explorer) implements Screen {}

    record NetworkLabScreen(NetworkLab lab) implements Screen {}

    record TrainLabScreen(TrainLab lab) implements Screen {}

    record TrainNetLabScreen(TrainNetLab lab) implements Screen {}

    /** The instructor's live lab console (see {@link Console}). */
    record ConsoleScreen(Console console) implements Screen {}
}
