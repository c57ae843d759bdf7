package satlab.bench;

import java.nio.file.Path;
import satlab.cli.ServeCommand;
import satlab.server.MenuTestApp;
import satlab.server.SessionApp;

/** The apps the server bench can serve: the test app, or exactly what `satlab serve` runs. */
final class BenchApps {
    private BenchApps() {}

    static SessionApp named(String name, Path dataDir) {
        return switch (name) {
            case "menu" -> new MenuTestApp();
            case "serve" -> ServeCommand.appFor(dataDir);
            default -> throw new IllegalArgumentException("unknown app '" + name + "': use menu or serve");
        };
    }
}
