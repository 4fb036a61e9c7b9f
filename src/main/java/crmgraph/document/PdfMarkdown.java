package crmgraph.document;

import crmgraph.read.Position;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes the lines of a PDF as the Markdown notes a student would type, judged by layout alone:
 * <ul>
 * <li>the body size is the font size of most characters; short lines clearly larger are headings,
 *     their sizes ranked into {@code #}, {@code ##}, {@code ###}; a short bold line at body size that
 *     starts a block is a heading one level below;</li>
 * <li>lines starting with a bullet glyph or an item number are list items, nested by the indent of
 *     their marker;</li>
 * <li>a line of the same size starting where the text above starts, about one line below it,
 *     continues that block (wrapped); a larger gap starts a new paragraph.</li>
 * </ul>
 */
final class PdfMarkdown {

    /** How much larger than the body text a heading is at least. */
    private static final double HEADING_RATIO = 1.15;
    /** Headings are short: at most this many words a line, and few lines. */
    private static final int HEADING_WORDS = 12;

    private static final int HEADING_LINES = 3;
    private static final int BOLD_HEADING_LINES = 2;
    private static final int MAX_LEVEL = 3;
    /** Line pitch as a multiple of the font size, when the document gives none to measure. */
    private static final double DEFAULT_PITCH = 1.2;
    /** Bounds of a measured pitch: a document of one-line paragraphs measures only its paragraph gaps. */
    private static final double MIN_PITCH = 1.0;

    private static final double MAX_PITCH = 1.3;
    /** How far, in ems, a paragraph's first line may be indented. */
    private static final double FIRST_LINE_INDENT = 4;
    /** A gap this many line pitches or more starts a new paragraph. */
    private static final double PARAGRAPH_GAP = 1.35;
    /** Where a line would be read as Markdown markup: a heading, quote, list item, rule, fence, table row or HTML. */
    private static final Pattern MARKDOWN_START =
            Pattern.compile("^(?:#|>|[-+*](?:\\s|$)|[-*_=]{3,}|=+\\s*$|```|~~~|\\||<" + "|\\d{1,9}[.)](?:\\s|$)).*");

    private static final Pattern NUMBER_START = Pattern.compile("^(\\d{1,9})([.)].*)");
    private static final Pattern TERM_LIKE = Pattern.compile(".*\\S:\\s+\\S.*");

    private final List<PdfLine> lines;
    private final float body;
    private final double pitch;
    private final Map<Integer, Float> pageRight = new HashMap<>();

    /** Markdown text and where each of its lines came from. */
    record Notes(String text, List<Position> positions) {}

    private PdfMarkdown(List<PdfLine> lines) {
        this.lines = lines;
        this.body = bodySize(lines);
        this.pitch = pitch(lines);
        for (PdfLine l : lines) {
            pageRight.merge(l.page(), l.right(), Math::max);
        }
    }

    /** The notes of the given lines (furniture already gone), in reading order. */
    static Notes of(List<PdfLine> lines) {
        return new PdfMarkdown(lines).write();
    }

    /** The font size covering the most characters (the smaller on a tie). */
    private static float bodySize(List<PdfLine> lines) {
        Map<Float, Integer> chars = new TreeMap<>();
        lines.forEach(l -> chars.merge(l.size(), l.text().replace(" ", "").length(), Integer::sum));
        return chars.entrySet().stream()
                .max(Map.Entry.<Float, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey((a, b) -> Float.compare(b, a))))
                .map(Map.Entry::getKey)
                .orElse(10f);
    }

    /**
     * The distance from one baseline to the next within a paragraph, as a multiple of the font size:
     * the lower quartile of the gaps between neighbouring lines of one size (paragraph gaps are the larger ones).
     */
    private static double pitch(List<PdfLine> lines) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            PdfLine a = lines.get(i - 1);
            PdfLine b = lines.get(i);
            if (a.page() == b.page() && sameSize(a.size(), b.size())) {
                double ratio = (b.y() - a.y()) / b.size();
                if (ratio >= 0.9 && ratio <= 2.5) {
                    ratios.add(ratio);
                }
            }
        }
        if (ratios.isEmpty()) {
            return DEFAULT_PITCH;
        }
        ratios.sort(null);
        return Math.max(MIN_PITCH, Math.min(MAX_PITCH, ratios.get(ratios.size() / 4)));
    }

    private static boolean sameSize(float a, float b) {
        return Math.abs(a - b) <= Math.max(0.5, 0.05 * Math.max(a, b));
    }

    private Notes write() {
        List<PdfBlock> blocks = blocks();
        List<Float> headingSizes = headingSizes(blocks);
        Writer out = new Writer();
        Deque<Item> items = new ArrayDeque<>();
        for (PdfBlock b : blocks) {
            int level = headingLevel(b, headingSizes);
            if (level > 0) {
                items.clear();
                out.block(
                        "#".repeat(level) + " " + (b.text().startsWith("#") ? "\\" : "") + b.text(),
                        b.positions().get(0));
            } else if (b.marker() != null) {
                item(b, items, out);
            } else {
                items.clear();
                out.paragraph(b.lines().stream().map(PdfMarkdown::escape).toList(), b.positions());
            }
        }
        return out.notes();
    }

    private List<PdfBlock> blocks() {
        List<PdfBlock> blocks = new ArrayList<>();
        PdfBlock current = null;
        for (PdfLine line : lines) {
            boolean large = line.size() >= body * HEADING_RATIO;
            PdfMarker marker = PdfMarker.parse(line.text())
                    .filter(m -> m.bullet() || !large)
                    .orElse(null);
            if (current != null && marker == null && continues(current, line)) {
                boolean newLine = !large && current.marker() == null && !wrapped(current.last(), line);
                current.add(line, newLine);
            } else {
                current = new PdfBlock(line, marker, large);
                blocks.add(current);
            }
        }
        return blocks;
    }

    /** Whether a line without a marker goes on with the block above: same size, where its text starts, about a line below. */
    private boolean continues(PdfBlock block, PdfLine line) {
        PdfLine above = block.last();
        if (!sameSize(above.size(), line.size()) || block.allBold() && !line.bold()) {
            return false;
        }
        if (!block.large() && !aligned(block, line)) {
            return false;
        }
        if (above.page() == line.page()) {
            double gap = line.y() - above.y();
            return gap > 0 && gap < PARAGRAPH_GAP * pitch * line.size();
        }
        // Across a page break only a line that was visibly wrapped and ends mid-sentence goes on.
        return above.page() + 1 == line.page()
                && !block.large()
                && wrapped(above, line)
                && !above.text().matches(".*[.!?:]$");
    }

    /**
     * Whether a line starts where the block's text does: under the text above it, or (a paragraph's
     * first line being indented) left of a wrapped first line by a few ems at most.
     */
    private boolean aligned(PdfBlock block, PdfLine line) {
        PdfLine above = block.last();
        if (Math.abs(line.x() - above.textX()) <= Math.max(2, 0.5 * line.size())) {
            return true;
        }
        return block.physicalLines() == 1
                && block.marker() == null
                && line.x() < above.x()
                && above.x() - line.x() <= FIRST_LINE_INDENT * line.size()
                && wrapped(above, line);
    }

    /** Whether the line above ran out of room: the next line's first word would not have fitted after it. */
    private boolean wrapped(PdfLine above, PdfLine line) {
        if (PdfBlock.brokenWord(above.text(), line.text())) {
            return true;
        }
        float room = pageRight.getOrDefault(above.page(), above.right()) - above.right();
        return room < line.firstWordWidth() + line.size();
    }

    /** The distinct sizes of headings, largest first; sizes within 5 % of each other are one. */
    private List<Float> headingSizes(List<PdfBlock> blocks) {
        List<Float> sizes = blocks.stream()
                .filter(this::sizeHeading)
                .map(b -> b.first().size())
                .distinct()
                .sorted((a, b) -> Float.compare(b, a))
                .toList();
        List<Float> levels = new ArrayList<>();
        for (float s : sizes) {
            if (levels.isEmpty() || s < levels.get(levels.size() - 1) * 0.95) {
                levels.add(s);
            }
        }
        return levels;
    }

    private boolean sizeHeading(PdfBlock b) {
        return b.large()
                && b.marker() == null
                && b.mostWords() <= HEADING_WORDS
                && b.physicalLines() <= HEADING_LINES
                && !b.text().endsWith(".");
    }

    /** A short bold line at body size starting a block of its own; a "Term: definition" line stays a line. */
    private static boolean boldHeading(PdfBlock b) {
        String text = b.text();
        return !b.large()
                && b.allBold()
                && b.marker() == null
                && b.physicalLines() <= BOLD_HEADING_LINES
                && text.split("\\s+").length <= HEADING_WORDS
                && !text.endsWith(".")
                && !text.endsWith(":")
                && !TERM_LIKE.matcher(text).matches();
    }

    /** 1 to 3 for a heading, 0 for any other block. */
    private int headingLevel(PdfBlock b, List<Float> sizes) {
        if (sizeHeading(b)) {
            int rank = 0;
            while (rank + 1 < sizes.size() && b.first().size() < sizes.get(rank) * 0.95) {
                rank++;
            }
            return Math.min(MAX_LEVEL, rank + 1);
        }
        return boldHeading(b) ? Math.min(MAX_LEVEL, sizes.size() + 1) : 0;
    }

    /** An open list item: where its marker stands, its line's indent and marker, and its ordinal among its siblings. */
    private record Item(float markerX, String indent, String mark, boolean bullet, int ordinal) {}

    /** Writes a list item nested under the items whose markers stand left of its own. */
    private static void item(PdfBlock b, Deque<Item> open, Writer out) {
        float x = b.first().x();
        float tolerance = Math.max(2, 0.5f * b.first().size());
        while (!open.isEmpty() && open.peek().markerX() > x + tolerance) {
            open.pop();
        }
        PdfMarker marker = b.marker();
        boolean sibling = !open.isEmpty() && Math.abs(open.peek().markerX() - x) <= tolerance;
        Item previous = sibling ? open.pop() : null;
        int ordinal = previous != null && previous.bullet() == marker.bullet() ? previous.ordinal() + 1 : 1;
        // A nested item stands under its parent's text: the parent's indent and marker width further in.
        String indent = previous != null
                ? previous.indent()
                : open.isEmpty()
                        ? ""
                        : open.peek().indent() + " ".repeat(open.peek().mark().length());
        String mark = marker.bullet() ? "- " : (marker.number() >= 0 ? marker.number() : ordinal) + ". ";
        open.push(new Item(x, indent, mark, marker.bullet(), ordinal));
        // An ordered list starting at a number other than 1 cannot interrupt the text above it in Markdown;
        // a bulleted list after a numbered one (or the other way round) is a list of its own.
        boolean blank = ordinal == 1 && !marker.bullet() && marker.number() > 1
                || previous != null && previous.bullet() != marker.bullet() && indent.isEmpty();
        out.item(indent + mark + escape(b.text()), b.positions().get(0), blank);
    }

    /** A line of text that Markdown would take for markup where it starts, with that markup escaped. */
    static String escape(String line) {
        if (!MARKDOWN_START.matcher(line).matches()) {
            return line;
        }
        var number = NUMBER_START.matcher(line);
        return number.matches() ? number.group(1) + "\\" + number.group(2) : "\\" + line;
    }

    /** Collects the Markdown lines and their positions: a blank line between blocks, none between list items. */
    private static final class Writer {

        private final List<String> text = new ArrayList<>();
        private final List<Position> positions = new ArrayList<>();
        private boolean afterItem;

        void block(String line, Position position) {
            paragraph(List.of(line), List.of(position));
        }

        void paragraph(List<String> lines, List<Position> at) {
            separate();
            for (int i = 0; i < lines.size(); i++) {
                add(lines.get(i), at.get(i));
            }
            afterItem = false;
        }

        void item(String line, Position position, boolean blank) {
            if (!afterItem || blank) {
                separate();
            }
            add(line, position);
            afterItem = true;
        }

        private void separate() {
            if (!text.isEmpty()) {
                add("", positions.get(positions.size() - 1));
            }
        }

        private void add(String line, Position position) {
            text.add(line);
            positions.add(position);
        }

        Notes notes() {
            if (text.isEmpty()) {
                return new Notes("", List.of(new Position("page 1", "line", 1)));
            }
            return new Notes(String.join("\n", text), positions);
        }
    }
}
