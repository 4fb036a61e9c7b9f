package crmgraph.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Detects the format of a file and cuts it into cards. Formats: flashcard-site Q/A exports with
 * rating scales, tab- or comma-separated exports, Markdown notes, outlines pasted from a word
 * processor (read as notes), and plain lines (alternating term/definition either way round,
 * question + bullets, "Define X", true/false statements, run-on lists), where the plain-lines
 * reader decides region by region. Every non-blank line ends up in
 * a card or in the dropped lines, as furniture or as unplaced.
 */
public final class DeckReader {

    /** Lines longer than this are no card (a minified blob, a pasted page): kept as not placed, and reported. */
    public static final int MAX_LINE_CHARS = 10_000;
    /** How many not-placed lines a deck's warnings name one by one. */
    private static final int NAMED_UNPLACED = 3;

    public ReadDeck read(String fileName, String text) {
        return read(fileName, text, ReadOptions.AUTO);
    }

    /** Reads a file as the student asked: lines skipped at the top are dropped as furniture, the layout imposed. */
    public ReadDeck read(String fileName, String text, ReadOptions options) {
        return read(fileName, text, options, SourceMap.LINES);
    }

    /**
     * Reads the text a document was opened into ({@code positions} says where each line came from in
     * the file, and warnings name those positions): a PDF's or a Word document's text is Markdown
     * notes, an Anki package's decks are Anki plain-text exports.
     */
    public ReadDeck read(String fileName, String text, ReadOptions options, SourceMap positions) {
        List<SourceLine> lines = lines(text);
        CardCollector out = new CardCollector(lines);
        List<SourceLine> readable = new ArrayList<>(lines.size());
        java.util.BitSet dividers = Furniture.alphabetDividers(lines);
        MessageLines.Cleaned chats = MessageLines.of(lines);
        MessageLines.Cleaned messages = OrgOutline.of(DefinitionList.of(chats.lines()));
        messages.furniture().or(chats.furniture());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            if (l.number() <= options.skipLines()
                    || dividers.get(i)
                    || messages.furniture().get(i)) {
                out.furniture(l);
                readable.add(new SourceLine(l.number(), ""));
            } else {
                readable.add(
                        l.text().length() > MAX_LINE_CHARS
                                ? new SourceLine(l.number(), "")
                                : messages.lines().get(i));
            }
        }
        FormatReader reader = choose(fileName, readable, options);
        lines.stream().filter(l -> l.text().length() > MAX_LINE_CHARS).forEach(out::unplaced);
        if (readable.stream().anyMatch(l -> !l.blank())) {
            reader.read(readable, options.layout(), out);
        }
        ReadDeck deck = out.finish(deckName(fileName), reader.format(), options);
        CardChrome.Stripped chrome = CardChrome.strip(deck.cards(), lines, positions);
        List<DroppedLine> dropped = new ArrayList<>(deck.dropped());
        dropped.addAll(chrome.dropped());
        dropped.sort(Comparator.comparingInt(DroppedLine::line));
        List<String> warnings = new ArrayList<>(chrome.warnings());
        warnings.addAll(warnings(lines, deck, positions));
        return new ReadDeck(
                deck.name(),
                deck.format(),
                chrome.cards(),
                dropped,
                warnings,
                options,
                deck.layout(),
                deck.doubt(),
                positions);
    }

    /** Lines not read as given: too long, undecodable bytes, and (the first few) lines placed in no card. */
    private static List<String> warnings(List<SourceLine> lines, ReadDeck deck, SourceMap positions) {
        List<String> warnings = new ArrayList<>();
        for (SourceLine line : lines) {
            if (line.text().length() > MAX_LINE_CHARS) {
                warnings.add(positions.at(line.number()) + ": " + line.text().length() + " characters long; lines over "
                        + MAX_LINE_CHARS + " characters are not read as cards (kept as not placed)");
            }
        }
        List<SourceLine> replaced = lines.stream()
                .filter(l -> l.text().indexOf(TextDecoder.REPLACEMENT) >= 0)
                .toList();
        if (!replaced.isEmpty()) {
            warnings.add(positions.at(replaced.get(0).number()) + ": bytes that are not valid UTF-8 were replaced by "
                    + TextDecoder.REPLACEMENT + (replaced.size() > 1 ? " (on " + replaced.size() + " lines)" : ""));
        }
        List<DroppedLine> unplaced = deck.dropped().stream()
                .filter(d -> d.kind() == DroppedLine.Kind.UNPLACED && d.text().length() <= MAX_LINE_CHARS)
                .toList();
        unplaced.stream()
                .limit(NAMED_UNPLACED)
                .forEach(d -> warnings.add(
                        positions.at(d.line()) + ": not placed in any card: \"" + Excerpt.of(d.text()) + "\""));
        if (unplaced.size() > NAMED_UNPLACED) {
            warnings.add(
                    positions.at(unplaced.get(NAMED_UNPLACED).line()) + ": and " + (unplaced.size() - NAMED_UNPLACED)
                            + " more lines not placed in any card (listed on the deck's page)");
        }
        return warnings;
    }

    /**
     * The reader for a file: the separators the student gave make it an export; a Markdown file is
     * notes; otherwise the reader whose shape fits most of the file.
     */
    private static FormatReader choose(String fileName, List<SourceLine> lines, ReadOptions options) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (options.separators() != null) {
            return new DelimitedReader(options.separators());
        }
        boolean markdown = lower.endsWith(".md") || lower.endsWith(".markdown");
        if ((markdown || lower.endsWith(".txt")) && SpacedRepetitionReader.applies(lines)) {
            return new SpacedRepetitionReader();
        }
        if (markdown && QaReader.marksMostLines(lines)) {
            return new QaReader();
        }
        if (markdown || lower.endsWith(".pdf") || lower.endsWith(".docx")) {
            return new MarkdownReader();
        }
        if (lower.endsWith(".csv")
                || lower.endsWith(".tsv")
                || lower.endsWith(".tab")
                || lower.endsWith(".apkg")
                || lower.endsWith(".colpkg")) {
            return new DelimitedReader(null);
        }
        List<FormatReader> readers = List.of(
                new QaReader(),
                new DelimitedReader(null),
                new MarkdownReader(),
                new OutlineReader(),
                new SlideDeckReader(),
                new LineCardReader());
        return readers.stream()
                .max(Comparator.comparingDouble(r -> r.fit(lines)))
                .orElseThrow();
    }

    private static List<SourceLine> lines(String text) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<SourceLine> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(new SourceLine(i + 1, raw[i].replace('\u00A0', ' ').replace("\uFEFF", "")));
        }
        return lines;
    }

    private static String deckName(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        String base = fileName.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
