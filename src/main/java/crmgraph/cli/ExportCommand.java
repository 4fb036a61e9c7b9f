package crmgraph.cli;

import crmgraph.BadInputException;
import crmgraph.Json;
import crmgraph.graph.Exporter;
import crmgraph.graph.GraphStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Writes the whole graph as JSON (export format version 1).")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "json", description = "Export format; only ${DEFAULT-VALUE} so far.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "File to write (default: standard output).")
    Path out;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        if (!"json".equals(format)) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this), "unknown --format '" + format + "': use json");
        }
        try (GraphStore graph = Shutdown.closeOnExit(GraphStore.open(store.config()))) {
            var export = new Exporter(graph).export();
            if (out == null) {
                Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(nonClosing(System.out), export);
                System.out.println();
            } else {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null && !Files.isDirectory(parent)) {
                    throw new BadInputException("cannot write " + out + ": folder " + parent + " does not exist");
                }
                Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), export);
                System.err.printf(
                        "exported %d decks, %d cards, %d concepts, %d relations to %s%n",
                        export.decks().size(),
                        export.cards().size(),
                        export.concepts().size(),
                        export.relations().size(),
                        out);
            }
            return 0;
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
