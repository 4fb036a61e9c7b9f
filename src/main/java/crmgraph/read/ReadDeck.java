package crmgraph.read;

import java.util.List;
import java.util.Optional;

/**
 * A file read into cards. Every non-blank input line is either inside a card's line span or
 * listed in {@code dropped}.
 *
 * @param name     a display name for the deck (its title line, or the file name)
 * @param format   the format detected, e.g. {@code tsv}, {@code markdown}, {@code qa-rated}
 * @param warnings what the user should know about lines that were not read as given, each
 *                 starting with "line N: " (the importer puts the file name in front)
 * @param options  the reading the student asked for ({@link ReadOptions#AUTO} when none)
 * @param layout   the layout the deck was read in: the one asked for, or the one the reader found
 *                 dominant ({@link Layout#AUTO} for formats without one, such as Markdown)
 * @param doubt    why the deck's layout itself is uncertain, naming the reading that came close; null when sure
 * @param positions where each line of the text read came from in its file ({@link SourceMap#LINES} for a text file)
 */
public record ReadDeck(
        String name,
        String format,
        List<Card> cards,
        List<DroppedLine> dropped,
        List<String> warnings,
        ReadOptions options,
        Layout layout,
        String doubt,
        SourceMap positions) {

    public ReadDeck {
        cards = List.copyOf(cards);
        dropped = List.copyOf(dropped);
        warnings = List.copyOf(warnings);
        options = options == null ? ReadOptions.AUTO : options;
        layout = layout == null ? Layout.AUTO : layout;
        positions = positions == null ? SourceMap.LINES : positions;
    }

    public ReadDeck(
            String name,
            String format,
            List<Card> cards,
            List<DroppedLine> dropped,
            List<String> warnings,
            ReadOptions options,
            Layout layout,
            String doubt) {
        this(name, format, cards, dropped, warnings, options, layout, doubt, SourceMap.LINES);
    }

    /** Where a card came from in its file: "line 4", "lines 4–6", "page 3, lines 12–14", "note 1681234567". */
    public String position(Card card) {
        return positions.describe(card.line(), card.endLine());
    }

    public ReadDeck(String name, String format, List<Card> cards, List<DroppedLine> dropped, List<String> warnings) {
        this(name, format, cards, dropped, warnings, ReadOptions.AUTO, Layout.AUTO, null);
    }

    public ReadDeck(String name, String format, List<Card> cards, List<DroppedLine> dropped) {
        this(name, format, cards, dropped, List.of());
    }

    /** Cards the reader is unsure of: they give no quiz items until the student confirms them. */
    public long uncertainCount() {
        return cards.stream().filter(Card::uncertain).count();
    }

    public long furnitureCount() {
        return dropped.stream()
                .filter(d -> d.kind() == DroppedLine.Kind.FURNITURE)
                .count();
    }

    public long unplacedCount() {
        return dropped.stream()
                .filter(d -> d.kind() == DroppedLine.Kind.UNPLACED)
                .count();
    }

    /**
     * Why this deck holds nothing to import, when it holds no card: a file that is empty, all
     * furniture or all unplaced lines is reported as a failure rather than written as a deck of
     * zero cards (which would also replace an earlier good version of the file).
     */
    public Optional<String> whyNoCards(String fileName) {
        if (!cards.isEmpty()) {
            return Optional.empty();
        }
        if (dropped.isEmpty()) {
            return Optional.of(fileName + ": " + positions.at(1) + ": the file is empty (no text): nothing to import");
        }
        DroppedLine first = dropped.get(0);
        DroppedLine last = dropped.get(dropped.size() - 1);
        String lines = positions.describe(first.line(), last.line());
        if (unplacedCount() == 0) {
            return Optional.of(fileName + ": " + lines
                    + ": no cards, only page furniture (titles, rating scales, ads): nothing to import");
        }
        DroppedLine unplaced = dropped.stream()
                .filter(d -> d.kind() == DroppedLine.Kind.UNPLACED)
                .findFirst()
                .orElseThrow();
        return Optional.of(fileName + ": " + positions.at(unplaced.line()) + ": no cards found (" + unplacedCount()
                + " lines could not be read as questions, answers, terms or definitions, e.g. \""
                + Excerpt.of(unplaced.text()) + "\")");
    }
}
