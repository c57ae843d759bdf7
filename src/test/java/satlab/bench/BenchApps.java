package satlab.bench;

import java.nio.file.Path;
import satlab.cli.ServeCommand;
import satlab.lesson.CourseLoader;
import satlab.server.MenuTestApp;
import satlab.server.SessionApp;
import satlab.store.SafeStore;
import satlab.tui.Lessons;

/** The apps the server bench can serve: the small test app, or the tutor exactly as `satlab serve` runs it. */
final class BenchApps {
    private BenchApps() {}

    static SessionApp named(String name, Path dataDir) {
        return switch (name) {
            case "menu" -> new MenuTestApp();
            case "tutor" -> {
                Lessons course = Lessons.of(CourseLoader.bundled());
                yield ServeCommand.appFor(course, SafeStore.open(dataDir.resolve("satlab.db")), () -> course);
            }
            default -> throw new IllegalArgumentException("unknown app '" + name + "': use menu or tutor");
        };
    }
}
