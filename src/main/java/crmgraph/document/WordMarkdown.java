package crmgraph.document;

import crmgraph.read.Position;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * A Word document's body written as Markdown notes, block by block in reading order, with the
 * paragraph or table row each line came from. What a block is comes from Word's own structure:
 * heading styles and outline levels make headings (shifted so the top level used is {@code #}), a
 * short bold line standing alone between other text is a heading one level under the current one,
 * numbering and list styles make list items, typed bullets too, tables become pipe tables. The rest
 * is prose, kept as written. Headers, footers, comments, footnotes and pictures are not read.
 */
final class WordMarkdown {

    /** A bold line longer than this is emphasis, not a heading. */
    private static final int HEADING_WORDS = 12;

    private static final int MAX_LEVEL = 6;
    private static final int MAX_LIST_LEVEL = 8;
    private static final Set<String> NOT_ORDERED = Set.of("bullet", "none");

    /** A body paragraph (numbered from 1, empty ones too) with its text, or a table (numbered from 1). */
    private record Item(XWPFParagraph paragraph, WordText text, XWPFTable table, int number) {}

    /** The notes: their lines, where each came from, and what was left out. */
    record Notes(List<String> lines, List<Position> positions, List<String> warnings) {}

    private final WordStyles styles;
    private final List<Item> items = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final List<Position> positions = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    /** Content indents of the open list's levels: where an item one level deeper starts. */
    private final List<Integer> listIndents = new ArrayList<>();

    private boolean inList;
    private boolean separate;
    private int shift;
    private int headingLevel;

    private WordMarkdown(XWPFDocument doc) {
        this.styles = new WordStyles(doc);
        int paragraphs = 0;
        int tables = 0;
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                items.add(new Item(p, WordText.of(p), null, ++paragraphs));
            } else if (element instanceof XWPFTable t) {
                items.add(new Item(null, null, t, ++tables));
            } else if (element instanceof XWPFSDT) {
                warnings.add((paragraphs == 0 ? "the start" : "after paragraph " + paragraphs)
                        + ": a content control (a table of contents or a form) was left out");
            }
        }
    }

    static Notes of(XWPFDocument doc) {
        WordMarkdown md = new WordMarkdown(doc);
        md.write();
        return new Notes(md.lines, md.positions, md.warnings);
    }

    private void write() {
        shift = items.stream()
                        .filter(i -> i.paragraph() != null && !i.text().empty())
                        .mapToInt(i -> styles.headingLevel(i.paragraph()))
                        .filter(l -> l > 0)
                        .min()
                        .orElse(1)
                - 1;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.table() != null) {
                table(item);
            } else {
                paragraph(i);
            }
        }
    }

    private void paragraph(int i) {
        Item item = items.get(i);
        WordText text = item.text();
        Position at = new Position("", "paragraph", item.number());
        if (text.picture()) {
            warnings.add(at + ": a picture was left out (only text is read)");
        }
        if (text.empty()) {
            separate = true;
            return;
        }
        int level = styles.headingLevel(item.paragraph());
        if (level > 0) {
            headingLevel = Math.max(1, Math.min(MAX_LEVEL, level - shift));
            heading(headingLevel, text, at);
        } else if (!listItem(item, at)) {
            if (boldHeading(i)) {
                heading(Math.min(MAX_LEVEL, headingLevel + 1), text, at);
            } else {
                block(false);
                text.lines().forEach(l -> {
                    String bullet = WordText.typedBullet(l);
                    add(bullet != null ? "- " + bullet : WordText.markdownLine(l), at);
                });
            }
        }
    }

    private void heading(int level, WordText text, Position at) {
        block(false);
        add("#".repeat(level) + " " + text.oneLine(), at);
    }

    /** Writes the paragraph as a list item if numbering, a list style or a typed bullet makes it one. */
    private boolean listItem(Item item, Position at) {
        XWPFParagraph p = item.paragraph();
        List<String> text = item.text().lines();
        BigInteger numId = p.getNumID();
        WordStyles.ListStyle byStyle = styles.listStyle(p);
        String typed = WordText.typedBullet(text.get(0));
        if (numId != null && numId.signum() > 0) {
            BigInteger ilvl = p.getNumIlvl();
            String format = p.getNumFmt();
            item(
                    format != null && !NOT_ORDERED.contains(format),
                    ilvl == null ? 0 : ilvl.intValue(),
                    text.get(0),
                    text,
                    at);
        } else if (byStyle != null) {
            item(byStyle.ordered(), byStyle.level(), text.get(0), text, at);
        } else if (typed != null) {
            item(false, 0, typed, text, at);
        } else {
            return false;
        }
        return true;
    }

    /** One list item, nested under the open list's items by its level; its further lines stay inside it. */
    private void item(boolean ordered, int level, String first, List<String> text, Position at) {
        block(true);
        int depth = Math.max(0, Math.min(MAX_LIST_LEVEL, level));
        while (listIndents.size() > depth) {
            listIndents.remove(listIndents.size() - 1);
        }
        int indent = listIndents.isEmpty() ? 0 : listIndents.get(listIndents.size() - 1);
        String marker = ordered ? "1. " : "- ";
        listIndents.add(indent + marker.length());
        add(" ".repeat(indent) + marker + first, at);
        String inside = " ".repeat(indent + marker.length());
        for (String line : text.subList(1, text.size())) {
            String bullet = WordText.typedBullet(line);
            add(inside + (bullet != null ? "- " + bullet : WordText.markdownLine(line)), at);
        }
    }

    /**
     * A short line, all bold, without a final period or a colon, standing alone: the text before
     * and after it is not such a line, and text (not a heading) follows it. A run of bold lines is
     * emphasis, and a bold line with nothing under it would be a heading of nothing.
     */
    private boolean boldHeading(int i) {
        if (!boldLine(items.get(i))) {
            return false;
        }
        Item before = neighbour(i, -1);
        Item after = neighbour(i, 1);
        return (before == null || !boldLine(before))
                && after != null
                && (after.table() != null || !boldLine(after) && styles.headingLevel(after.paragraph()) == 0);
    }

    private boolean boldLine(Item item) {
        if (item.paragraph() == null || styles.headingLevel(item.paragraph()) > 0) {
            return false;
        }
        WordText text = item.text();
        String line = text.oneLine();
        BigInteger numId = item.paragraph().getNumID();
        return text.allBold()
                && text.lines().size() == 1
                && text.words() <= HEADING_WORDS
                && !line.endsWith(".")
                && !line.contains(":")
                && (numId == null || numId.signum() == 0)
                && styles.listStyle(item.paragraph()) == null
                && WordText.typedBullet(line) == null;
    }

    /** The nearest item before ({@code step} -1) or after (+1) that is not an empty paragraph, or null. */
    private Item neighbour(int i, int step) {
        for (int j = i + step; j >= 0 && j < items.size(); j += step) {
            Item item = items.get(j);
            if (item.table() != null || !item.text().empty()) {
                return item;
            }
        }
        return null;
    }

    private void table(Item item) {
        String part = "table " + item.number();
        WordTable table = WordTable.of(
                item.table(),
                (row, what) -> warnings.add(
                        new Position(part, "row", row) + ": " + what + " was left out (only text is read)"));
        if (table.rows().isEmpty() || table.blank()) {
            return;
        }
        block(false);
        List<Integer> rows = new ArrayList<>();
        List<String> markdown = table.markdown(rows::add);
        for (int k = 0; k < markdown.size(); k++) {
            add(markdown.get(k), new Position(part, "row", rows.get(k)));
        }
    }

    /** Starts a block: a blank line before it, except between items of one list with no empty paragraph between. */
    private void block(boolean listItem) {
        if (!lines.isEmpty() && (separate || !(listItem && inList))) {
            add("", positions.get(positions.size() - 1));
        }
        if (!listItem) {
            listIndents.clear();
        }
        inList = listItem;
        separate = false;
    }

    private void add(String line, Position at) {
        lines.add(line);
        positions.add(at);
    }
}
