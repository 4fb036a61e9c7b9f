package crmgraph.cli;

import crmgraph.app.ImportReport;
import crmgraph.app.Pipeline;
import crmgraph.app.ReadChoice;
import crmgraph.graph.GraphStore;
import crmgraph.read.Layout;
import crmgraph.read.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports deck files or folders into the graph; unchanged files are skipped.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--layout", paramLabel = "LAYOUT", converter = LayoutOption.class,
            description = "How plain-text decks are laid out: ${COMPLETION-CANDIDATES}. Applies to every file of this import"
                    + " and is remembered with each deck; not given: as remembered, else auto.",
            completionCandidates = LayoutOption.Names.class)
    Layout layout;

    @Option(names = "--skip-lines", paramLabel = "N", converter = SkipLinesOption.class,
            description = "Lines at the top of each file that are not cards (a title, a course name). Remembered with each"
                    + " deck; not given: as remembered, else none.")
    Integer skipLines;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (GraphStore graph = Shutdown.closeOnExit(GraphStore.open(store.config()))) {
            ImportReport report = Pipeline.importer(graph).importPaths(paths, choice(), d -> Reports.progress(d, System.out));
            Reports.print(report, System.out, System.err);
            System.out.println(Reports.totals(graph));
            return report.failed() ? 1 : 0;
        }
    }

    private ReadChoice choice() {
        return new ReadChoice(Optional.ofNullable(layout), skipLines == null ? OptionalInt.empty() : OptionalInt.of(skipLines));
    }

    /** {@code --layout answer-first}: a layout by its option name; anything else is a usage error naming the choices. */
    static final class LayoutOption implements ITypeConverter<Layout> {

        @Override
        public Layout convert(String value) {
            return Layout.fromOption(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a layout: use one of " + String.join(", ", new Names())));
        }

        /** The option names, for the help text and the error. */
        static final class Names extends java.util.ArrayList<String> {
            Names() {
                super(Arrays.stream(Layout.values()).map(Layout::option).collect(Collectors.toList()));
            }
        }
    }

    /** {@code --skip-lines N}: a whole number within what {@link ReadOptions} accepts. */
    static final class SkipLinesOption implements ITypeConverter<Integer> {

        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value.strip());
                new ReadOptions(Layout.AUTO, n);
                return n;
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a number of lines");
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
