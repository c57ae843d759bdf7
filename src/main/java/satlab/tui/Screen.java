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

    record ExplorerScreen(Explorer explorer) implements Screen {}

    record NetworkLabScreen(NetworkLab lab) implements Screen {}

    record TrainLabScreen(TrainLab lab) implements Screen {}

    record TrainNetLabScreen(TrainNetLab lab) implements Screen {}
}
