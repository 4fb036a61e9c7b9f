package crmgraph.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Test fixtures of our own (src/test/resources/fixtures) and the shared sample decks, when present. */
public final class Fixtures {

    private Fixtures() {}

    public static Path fixture(String name) {
        Path p = Path.of("src", "test", "resources", "fixtures", name);
        if (!Files.exists(p)) {
            throw new IllegalArgumentException("no fixture " + p);
        }
        return p;
    }

    public static String text(String name) {
        try {
            return Files.readString(fixture(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ../shared/samples, or the test is skipped with a message where the folder is absent. */
    public static Path samples() {
        Path p = Path.of("..", "shared", "samples").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(p), "../shared/samples is absent: skipping the sample-deck test");
        return p;
    }

    /** ../shared/eval/score.py, or the test is skipped. */
    public static Path scorer() {
        Path p = Path.of("..", "shared", "eval", "score.py").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(p), "../shared/eval/score.py is absent: skipping the score test");
        return p;
    }
}
