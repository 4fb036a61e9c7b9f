package crmgraph.cli;

import crmgraph.graph.GraphStats;
import crmgraph.graph.GraphStore;
import crmgraph.pipeline.ImportReport;
import crmgraph.read.Layout;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Prints import reports for people. */
final class Reports {

    /** The layouts a student can ask for, as the command line takes them. */
    private static final String LAYOUTS =
            Arrays.stream(Layout.values()).map(Layout::option).collect(Collectors.joining("|"));

    private Reports() {}

    /** Prints a deck as soon as it is written, so a long import shows its progress. */
    static void progress(ImportReport.DeckLine deck, PrintStream out) {
        out.println("imported " + deck);
        deck.warnings().forEach(w -> out.println("  warning: " + w));
        doubts(deck, out);
        out.flush();
    }

    /** What the reader was unsure of in a deck, and how the student can settle it. */
    private static void doubts(ImportReport.DeckLine deck, PrintStream out) {
        ImportReport.Reading reading = deck.reading();
        if (!reading.unsure()) {
            return;
        }
        if (reading.doubt() != null) {
            out.println("  doubt: " + deck.source() + ": " + reading.doubt());
        }
        reading.first().forEach(u -> out.println("  " + deck.source() + ": " + u));
        if (reading.unnamed() > 0) {
            out.println("  and " + reading.unnamed() + " more cards may be misread (listed on the deck's page)");
        }
        if (reading.uncertain() > 0) {
            out.println("  uncertain cards give no quiz items until confirmed on the deck's page (/decks/" + deck.id()
                    + ")");
        }
        out.println("  to read it another way: crmgraph import " + deck.source() + " --layout " + LAYOUTS
                + " [--skip-lines N]");
    }

    /** Prints the rest of a report: skipped files, failures and timings. */
    static void print(ImportReport report, PrintStream out, PrintStream err) {
        report.unchanged().forEach(u -> out.println("unchanged " + u + " (skipped)"));
        report.failures().forEach(f -> err.println("crmgraph: " + f.message()));
        var t = report.timings();
        if (!report.decks().isEmpty()) {
            out.printf(
                    "took %.1f s (read %d ms, extract %d ms, resolve %d ms, write %d ms)%n",
                    t.wallMs() / 1000.0, t.readMs(), t.extractMs(), t.resolveMs(), t.writeMs());
        }
    }

    static String totals(GraphStore store) {
        GraphStats s = GraphStats.of(store);
        return String.format(
                "graph: %d decks, %d cards, %d concepts, %d relations",
                s.decks(), s.cards(), s.concepts(), s.relations());
    }
}
