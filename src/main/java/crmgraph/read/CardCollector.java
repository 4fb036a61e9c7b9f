package crmgraph.read;

import crmgraph.Regex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the cards and dropped lines of one file and keeps the reader's promise: at the end,
 * every non-blank line is inside a card's span or listed as dropped (unplaced when no reader
 * claimed it).
 */
final class CardCollector {

    private final List<SourceLine> lines;
    private final List<Card> cards = new ArrayList<>();
    private final List<DroppedLine> dropped = new ArrayList<>();
    private final BitSet covered = new BitSet();
    private final BitSet droppedLines = new BitSet();
    private Layout layout = Layout.AUTO;
    private String name;
    private String doubt;

    CardCollector(List<SourceLine> lines) {
        this.lines = lines;
    }

    void card(String front, String back, int firstLine, int lastLine) {
        card(front, back, firstLine, lastLine, Card.Kind.PROMPT, "", null);
    }

    /** A card with the tags the file gives it (an Anki export's tags column). */
    void card(String front, String back, int firstLine, int lastLine, List<String> tags) {
        card(front, back, firstLine, lastLine, Card.Kind.PROMPT, "", null, tags);
    }

    void card(
            String front, String back, int firstLine, int lastLine, Card.Kind kind, String section, Card.Doubt doubt) {
        card(front, back, firstLine, lastLine, kind, section, doubt, List.of());
    }

    private void card(
            String front,
            String back,
            int firstLine,
            int lastLine,
            Card.Kind kind,
            String section,
            Card.Doubt doubt,
            List<String> tags) {
        int from = Math.min(firstLine, lastLine);
        int to = Math.max(firstLine, lastLine);
        cards.add(new Card(
                cards.size() + 1,
                front.strip(),
                Regex.replaceAll(back, "^(\\s*\\n)+", "").stripTrailing(),
                from,
                to,
                kind,
                section,
                doubt,
                tags));
        covered.set(from, to + 1);
    }

    /** The deck's own name, where the file gives one (an Anki deck column). */
    void name(String name) {
        this.name = name;
    }

    /** The layout the reader settled on for the deck. */
    void layout(Layout layout) {
        this.layout = layout;
    }

    /** Why the deck's layout is uncertain, naming the reading that came close. */
    void doubt(String doubt) {
        this.doubt = doubt;
    }

    void furniture(SourceLine line) {
        drop(line, DroppedLine.Kind.FURNITURE);
    }

    void unplaced(SourceLine line) {
        drop(line, DroppedLine.Kind.UNPLACED);
    }

    private void drop(SourceLine line, DroppedLine.Kind kind) {
        if (!line.blank() && !droppedLines.get(line.number())) {
            droppedLines.set(line.number());
            dropped.add(new DroppedLine(line.number(), asWritten(line).text(), kind));
        }
    }

    /** The file's own line: a reader may read a rewritten copy (an outline as Markdown), but a dropped line is shown as the file has it. */
    private SourceLine asWritten(SourceLine line) {
        int i = line.number() - 1;
        return i >= 0
                        && i < lines.size()
                        && lines.get(i).number() == line.number()
                        && !lines.get(i).blank()
                ? lines.get(i)
                : line;
    }

    boolean placed(SourceLine line) {
        return covered.get(line.number()) || droppedLines.get(line.number());
    }

    ReadDeck finish(String fileName, String format, ReadOptions options) {
        for (SourceLine line : lines) {
            if (!line.blank() && !placed(line)) {
                unplaced(line);
            }
        }
        dropped.sort(Comparator.comparingInt(DroppedLine::line));
        return new ReadDeck(name != null ? name : fileName, format, cards, dropped, List.of(), options, layout, doubt);
    }
}
