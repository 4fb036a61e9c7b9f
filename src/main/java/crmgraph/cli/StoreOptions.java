package crmgraph.cli;

import crmgraph.Config;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option every command shares. */
final class StoreOptions {

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "data",
            description =
                    "Directory of the embedded graph store (default: ${DEFAULT-VALUE}). Ignored when NEO4J_URI is set.")
    Path data;

    Config config() {
        return Config.fromEnvironment(data);
    }
}
