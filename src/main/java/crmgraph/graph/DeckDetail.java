package crmgraph.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import crmgraph.read.Position;
import crmgraph.read.Separators;
import java.util.List;

/**
 * A deck with its cards in order (each with the concepts extracted from it) and the source lines
 * that were dropped while reading it, so a student sees how the deck became graph.
 *
 * @param layout  the layout the deck was read in: the one asked for or the one the reader found
 *                ({@code auto} for formats without one)
 * @param options the reading the student asked for, remembered for the next import
 * @param doubt   why the reader is unsure of the deck's layout; null when sure
 */
public record DeckDetail(
        String id,
        String name,
        String source,
        String format,
        @JsonProperty("cardCount") int cardCount,
        String layout,
        Options options,
        String doubt,
        List<CardView> cards,
        List<Dropped> dropped) {

    /**
     * The reading asked for: {@code layout} is a layout's option name ({@code auto} to let the reader
     * decide); {@code separator} (between term and definition) and {@code cardSeparator} (between
     * cards) are the separators of an export as given, left out when the reader finds them.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Options(String layout, int skipLines, String separator, String cardSeparator) {

        public static final Options AUTO = new Options("auto", 0);

        public Options(String layout, int skipLines) {
            this(layout, skipLines, null, null);
        }

        /** True when the student gave the separators of an export. */
        public boolean separatorsChosen() {
            return separator != null && cardSeparator != null;
        }

        /** True when the student chose the layout, which makes the reader's doubts about cards theirs to settle. */
        public boolean layoutChosen() {
            return !"auto".equals(layout);
        }

        /** As the command line would say it: {@code answer-first, skip 2}, and the separators when given. */
        public String describe() {
            return layout
                    + (skipLines > 0 ? ", skip " + skipLines : "")
                    + (separatorsChosen()
                            ? ", term/definition " + Separators.name(separator) + ", cards "
                                    + Separators.name(cardSeparator)
                            : "");
        }
    }

    /**
     * One card and what was extracted from it. An {@code uncertain} card may be misread:
     * {@code doubt} says why, {@code otherFront}/{@code otherBack} are the card under the reading
     * that came close. {@code confirmed}: the student confirmed this reading, or chose the deck's layout.
     */
    public record CardView(
            String id,
            int ordinal,
            String front,
            String back,
            int line,
            int endLine,
            String kind,
            String section,
            boolean uncertain,
            String doubt,
            String otherFront,
            String otherBack,
            boolean confirmed,
            List<ConceptDetail.Link> defines,
            List<ConceptDetail.Link> about,
            String position,
            List<String> tags) {

        public CardView {
            position = position == null || position.isEmpty()
                    ? Position.line(line).to(Position.line(Math.max(line, endLine)))
                    : position;
            tags = tags == null ? List.of() : List.copyOf(tags);
        }

        public boolean extractedNothing() {
            return defines.isEmpty() && about.isEmpty();
        }

        /** Uncertain and not confirmed: gives no quiz items. */
        public boolean held() {
            return uncertain && !confirmed;
        }

        /** Whether the reading that came close gives a card at all (it may make the line an unanswered question). */
        public boolean hasOtherReading() {
            return !otherFront.isBlank() || !otherBack.isBlank();
        }
    }

    /** A line in no card: {@code kind} is {@code furniture} or {@code unplaced}; {@code position} where it stands in the file. */
    public record Dropped(int line, String kind, String text, String position) {

        public Dropped {
            position =
                    position == null || position.isEmpty() ? Position.line(line).toString() : position;
        }

        public Dropped(int line, String kind, String text) {
            this(line, kind, text, null);
        }

        public boolean furniture() {
            return "furniture".equalsIgnoreCase(kind);
        }
    }

    public List<Dropped> furniture() {
        return dropped.stream().filter(Dropped::furniture).toList();
    }

    public List<Dropped> unplaced() {
        return dropped.stream().filter(d -> !d.furniture()).toList();
    }

    public long uncertainCount() {
        return cards.stream().filter(CardView::uncertain).count();
    }

    /** Uncertain cards not confirmed yet. */
    public long heldCount() {
        return cards.stream().filter(CardView::held).count();
    }

    /** Whether the page should tell the student how to read the deck another way. */
    public boolean unsure() {
        return doubt != null || uncertainCount() > 0;
    }
}
