package crmgraph.testing;

import crmgraph.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the CLI entry point in this JVM, with what it printed on stdout and stderr. */
public record CliRun(int code, String out, String err) {

    /** Runs {@code crmgraph ARGS}; synchronized because it swaps the process-wide streams. */
    public static synchronized CliRun of(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
