package crmgraph.cli;

import crmgraph.app.ImportReport;
import crmgraph.graph.GraphStats;
import crmgraph.graph.GraphStore;

import java.io.PrintStream;

/** Prints import reports for people. */
final class Reports {

    private Reports() {
    }

    /** Prints a deck as soon as it is written, so a long import shows its progress. */
    static void progress(ImportReport.DeckLine deck, PrintStream out) {
        out.println("imported " + deck);
        deck.warnings().forEach(w -> out.println("  warning: " + w));
        out.flush();
    }

    /** Prints the rest of a report: skipped files, failures and timings. */
    static void print(ImportReport report, PrintStream out, PrintStream err) {
        report.unchanged().forEach(u -> out.println("unchanged " + u + " (skipped)"));
        report.failures().forEach(f -> err.println("crmgraph: " + f.message()));
        var t = report.timings();
        if (!report.decks().isEmpty()) {
            out.printf("took %.1f s (read %d ms, extract %d ms, resolve %d ms, write %d ms)%n",
                    t.wallMs() / 1000.0, t.readMs(), t.extractMs(), t.resolveMs(), t.writeMs());
        }
    }

    static String totals(GraphStore store) {
        GraphStats s = GraphStats.of(store);
        return String.format("graph: %d decks, %d cards, %d concepts, %d relations", s.decks(), s.cards(), s.concepts(), s.relations());
    }
}
