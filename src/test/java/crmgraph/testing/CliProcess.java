package crmgraph.testing;

import crmgraph.cli.Main;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@code crmgraph ARGS} as a process of its own, on the test class path. It
 * compiles with C1 only, as the launcher starts one-shot commands: a test's process runs seconds,
 * and C2's compiling cost each of them more CPU than it saved.
 */
public final class CliProcess {

    private CliProcess() {}

    public static List<String> command(String... args) {
        List<String> line = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        line.addAll(List.of(args));
        return line;
    }
}
