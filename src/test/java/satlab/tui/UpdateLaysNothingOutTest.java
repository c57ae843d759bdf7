package satlab.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule that keeps a key to one layout: the state machine and its sub-models never
 * lay a page out or draw (the frame measures, and hands back a {@link Viewport}).
 */
class UpdateLaysNothingOutTest {

    static final Path TUI = Path.of(System.getProperty("satlab.basedir", "."), "src/main/java/satlab/tui");

    @Test
    void updateAndEverySubModelStayOutOfLayoutAndDrawing() throws IOException {
        for (String model : List.of("Update", "Labs", "Explorer", "NetworkLab", "TrainLab", "Overlay", "Step",
                "AppState", "TextField", "Console", "LabUpdate")) {
            // The code, not its comments (a comment may well name the view that draws the model).
            String source = Files.readString(TUI.resolve(model + ".java")).replaceAll("(?s)/\\*.*?\\*/", "")
                    .replaceAll("//[^\\n]*", "");
            for (String view : List.of("PagerLayout", "View.", "Painter", "ExplorerView", "NetworkLabView",
                    "TrainLabView", "FieldView", "ConsoleView")) {
                assertThat(source).as(model + " uses " + view).doesNotContain(view);
            }
        }
    }
}
