package crmgraph.cli;

import crmgraph.graph.GraphStore;
import crmgraph.pipeline.ImportReport;
import crmgraph.pipeline.Pipeline;
import crmgraph.pipeline.ReadChoice;
import crmgraph.read.Layout;
import crmgraph.read.ReadOptions;
import crmgraph.read.Separators;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Imports deck files or folders into the graph; unchanged files are skipped.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Option(
            names = "--layout",
            paramLabel = "LAYOUT",
            converter = LayoutOption.class,
            description =
                    "How plain-text decks are laid out: ${COMPLETION-CANDIDATES}. Applies to every file of this import"
                            + " and is remembered with each deck; not given: as remembered, else auto.",
            completionCandidates = LayoutOption.Names.class)
    Layout layout;

    @Option(
            names = "--skip-lines",
            paramLabel = "N",
            converter = SkipLinesOption.class,
            description =
                    "Lines at the top of each file that are not cards (a title, a course name). Remembered with each"
                            + " deck; not given: as remembered, else none.")
    Integer skipLines;

    @Option(
            names = "--separator",
            paramLabel = "S",
            description =
                    "Between term and definition in an export with one card per record: tab, comma, semicolon, pipe, dash"
                            + " (\" - \"), colon (\": \"), equals (\" = \") or the text itself (\\t and \\n for tab and new line);"
                            + " auto lets the reader find the separators again. Remembered with each deck; not given: as remembered,"
                            + " else found by the reader.")
    String separator;

    @Option(
            names = "--card-separator",
            paramLabel = "S",
            description =
                    "Between cards, with --separator: new line (the default), semicolon, pipe or the text itself.")
    String cardSeparator;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ReadChoice choice = choice();
        try (GraphStore graph = Shutdown.closeOnExit(GraphStore.open(store.config()))) {
            ImportReport report =
                    Pipeline.importer(graph).importPaths(paths, choice, d -> Reports.progress(d, System.out));
            Reports.print(report, System.out, System.err);
            System.out.println(Reports.totals(graph));
            return report.failed() ? 1 : 0;
        }
    }

    /** What was said on the command line; separators that cannot be read are a usage error (exit 2, one line). */
    private ReadChoice choice() {
        return new ReadChoice(
                Optional.ofNullable(layout),
                skipLines == null ? OptionalInt.empty() : OptionalInt.of(skipLines),
                separators());
    }

    /**
     * {@code --separator S [--card-separator S]}: both by name or as the text itself, cards one per
     * line when only the first is given; {@code --separator auto} lets the reader find them again.
     */
    private Optional<ReadChoice.SeparatorChoice> separators() {
        if (separator == null) {
            if (cardSeparator != null) {
                throw usage(
                        "--card-separator needs --separator: give both, or --separator alone for one card per line");
            }
            return Optional.empty();
        }
        if (separator.strip().equalsIgnoreCase("auto")) {
            if (cardSeparator != null) {
                throw usage("--separator auto lets the reader find both separators: leave out --card-separator");
            }
            return Optional.of(ReadChoice.SeparatorChoice.FIND);
        }
        String field = separator("--separator", separator);
        String row = cardSeparator == null ? Separators.NEW_LINE : separator("--card-separator", cardSeparator);
        try {
            return Optional.of(new ReadChoice.SeparatorChoice(new Separators(field, row)));
        } catch (IllegalArgumentException e) {
            throw usage("Invalid value for option '--separator': " + e.getMessage()
                    + (cardSeparator == null
                            ? " (cards are one per line unless --card-separator says otherwise)"
                            : ""));
        }
    }

    private String separator(String option, String typed) {
        try {
            return Separators.parse(typed);
        } catch (IllegalArgumentException e) {
            throw usage("Invalid value for option '" + option + "': " + e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** {@code --layout answer-first}: a layout by its option name; anything else is a usage error naming the choices. */
    static final class LayoutOption implements ITypeConverter<Layout> {

        @Override
        public Layout convert(String value) {
            return Layout.fromOption(value)
                    .orElseThrow(() -> new TypeConversionException(
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
