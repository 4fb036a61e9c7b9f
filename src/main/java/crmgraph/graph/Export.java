package crmgraph.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The whole graph in export format version 1 (see DESIGN.md), ready for Jackson. Fields are only
 * ever added to version 1: those added after the first release are left out where they say nothing
 * (a card the reader was sure of has no {@code uncertain}).
 */
@JsonPropertyOrder({"format", "version", "decks", "cards", "concepts", "relations"})
public record Export(
        String format,
        int version,
        List<Deck> decks,
        List<Card> cards,
        List<Concept> concepts,
        List<Relation> relations) {

    public static final String FORMAT = "crmgraph-export";
    public static final int VERSION = 1;

    /**
     * @param layout  the layout the deck was read in (asked for or found; {@code auto} for formats without one)
     * @param options the reading the student asked for
     * @param doubt   why the reader is unsure of the deck's layout, when it is
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Deck(
            String id,
            String name,
            String source,
            String format,
            int cards,
            String layout,
            Options options,
            String doubt) {}

    /**
     * The reading asked for: a layout's option name and the lines skipped at the top, and the
     * separators of an export between term and definition ({@code separator}) and between cards
     * ({@code cardSeparator}) when the student gave them (left out when the reader found them).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Options(String layout, int skipLines, String separator, String cardSeparator) {

        public Options(String layout, int skipLines) {
            this(layout, skipLines, null, null);
        }
    }

    /**
     * {@code uncertain} (true, or absent), with {@code doubt}, the other reading and whether the
     * student {@code confirmed} it, only on cards the reader was unsure of; {@code section} only on
     * cards of notes under headings; {@code position} only on cards of documents (a PDF's "page 3,
     * lines 4–6", an Anki package's "note 1681234567"), {@code tags} only where the file gives some.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Card(
            String id,
            String deck,
            int ordinal,
            String front,
            String back,
            int line,
            String position,
            List<String> tags,
            String section,
            Boolean uncertain,
            String doubt,
            String otherFront,
            String otherBack,
            Boolean confirmed) {}

    public record Concept(String id, String name, List<String> aliases, List<Definition> definitions) {}

    public record Definition(String text, String card) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Relation(
            String type, String from, String to, Integer order, String card, String reason, String phrase) {}
}
