package satlab.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Command tests start from the database {@link StoreCommandRun#fill} writes into a fresh directory. */
abstract class FilledDatabase {

    @TempDir Path dir;

    /** The directory as given to {@code --data}. */
    String data;

    @BeforeEach
    void fill() {
        StoreCommandRun.fill(dir);
        data = dir.toString();
    }
}
