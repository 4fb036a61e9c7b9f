package crmgraph.pipeline;

import crmgraph.read.Card;
import crmgraph.read.Layout;
import crmgraph.read.ReadDeck;
import crmgraph.read.ReadOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What an import did: one line per deck written, the files skipped as unchanged, and failures. */
public record ImportReport(
        List<DeckLine> decks, List<String> unchanged, List<Failure> failures, ImportTimings timings) {

    /** {@code warnings}: lines not read as given, and cards whose extraction failed, each naming the file and line. */
    public record DeckLine(
            String source,
            String id,
            String format,
            int cards,
            int concepts,
            long lists,
            int relations,
            long furniture,
            long unplaced,
            List<String> warnings,
            Reading reading) {

        public DeckLine {
            warnings = List.copyOf(warnings);
        }

        @Override
        public String toString() {
            String line = String.format(
                    "%s: format %s, %d cards, %d concepts, %d lists, %d relations, %d furniture lines dropped, %d lines not placed",
                    source, format, cards, concepts, lists, relations, furniture, unplaced);
            String note = reading.note();
            return line
                    + (note.isEmpty() ? "" : ", " + note)
                    + (reading.uncertain() > 0 ? ", " + reading.uncertain() + " uncertain" : "");
        }
    }

    /**
     * How a deck was read and how sure the reader was.
     *
     * @param layout    the layout used: asked for, or found ({@link Layout#AUTO} for formats without one)
     * @param options   what the student asked for (or the deck remembered)
     * @param doubt     why the deck's layout is uncertain; null when sure
     * @param uncertain how many cards may be misread
     * @param first     the first few of them, by line
     */
    public record Reading(Layout layout, ReadOptions options, String doubt, long uncertain, List<Uncertain> first) {

        /** How many uncertain cards a report names one by one; the deck's page lists them all. */
        static final int NAMED = 3;

        public Reading {
            first = List.copyOf(first);
        }

        public static Reading of(ReadDeck deck) {
            List<Uncertain> first = new ArrayList<>();
            deck.cards().stream()
                    .filter(Card::uncertain)
                    .limit(NAMED)
                    .forEach(c -> first.add(new Uncertain(
                            c.line(), Objects.requireNonNullElse(c.doubt().why(), "another reading came close"))));
            return new Reading(deck.layout(), deck.options(), deck.doubt(), deck.uncertainCount(), first);
        }

        /**
         * The layout, lines skipped and separators, as a report says them: {@code layout answer-first
         * (as asked), 2 lines skipped}; separators asked for are named by the format already.
         */
        public String note() {
            List<String> parts = new ArrayList<>();
            Layout asked = options.layout();
            if (asked != Layout.AUTO && layout == Layout.AUTO) {
                // The format has no layout (a table, Markdown), or the reader did not say which it used.
                parts.add("layout " + asked.option() + " asked");
            } else if (asked != Layout.AUTO) {
                parts.add("layout " + layout.option()
                        + (layout == asked ? " (as asked)" : " (" + asked.option() + " asked)"));
            } else if (layout != Layout.AUTO) {
                parts.add("layout " + layout.option() + " (found)");
            }
            if (options.skipLines() > 0) {
                parts.add(options.skipLines() + (options.skipLines() == 1 ? " line" : " lines") + " skipped");
            }
            if (options.separators() != null) {
                parts.add("separators as asked");
            }
            return String.join(", ", parts);
        }

        /** Whether the student should look at the deck: some cards or its layout may be misread. */
        public boolean unsure() {
            return doubt != null || uncertain > 0;
        }

        /** How many uncertain cards the report does not name. */
        public long unnamed() {
            return uncertain - first.size();
        }
    }

    /** A card that may be misread: its first line and why. */
    public record Uncertain(int line, String why) {

        @Override
        public String toString() {
            return "line " + line + ": may be misread: " + why;
        }
    }

    /** A file that could not be imported; {@code message} names the file (and line) and the reason. */
    public record Failure(String source, String message) {}

    public boolean failed() {
        return !failures.isEmpty();
    }
}
