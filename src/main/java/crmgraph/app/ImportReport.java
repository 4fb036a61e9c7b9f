package crmgraph.app;

import java.util.List;

/** What an import did: one line per deck written, the files skipped as unchanged, and failures. */
public record ImportReport(List<DeckLine> decks, List<String> unchanged, List<Failure> failures, ImportTimings timings) {

    /** {@code warnings}: lines not read as given, each naming the file and line. */
    public record DeckLine(String source, String id, String format, int cards, int concepts, long lists,
                           int relations, long furniture, long unplaced, List<String> warnings) {

        public DeckLine {
            warnings = List.copyOf(warnings);
        }

        @Override
        public String toString() {
            return String.format("%s: format %s, %d cards, %d concepts, %d lists, %d relations, %d furniture lines dropped, %d lines not placed",
                    source, format, cards, concepts, lists, relations, furniture, unplaced);
        }
    }

    /** A file that could not be imported; {@code message} names the file (and line) and the reason. */
    public record Failure(String source, String message) {
    }

    public boolean failed() {
        return !failures.isEmpty();
    }
}
