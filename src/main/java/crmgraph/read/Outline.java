package crmgraph.read;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A plain-text outline read line by line: which numbered lines are headings (sections, nested by
 * the depth of their numbering) and which are items of a numbered list, and which first line is
 * the document's title. A line in capitals ("DATA QUALITY") with something under it is a section
 * heading, as hurried notes write them. A numbered line is a heading when it is shaped like one, continues the
 * numbering of the headings before it, stands outside any bulleted list, and has something of
 * its own under it; numbered lines that follow one another with nothing between are a numbered
 * list, the last of them too.
 */
final class Outline {

    /** Labels have at most five numbers ("1.2.3.4.5"). */
    private static final int MAX_DEPTH = 5;

    private final List<OutlineLine> lines;
    private final BitSet headings = new BitSet();
    private final int title;

    private Outline(List<OutlineLine> lines) {
        this.lines = lines;
        int[] lastHeading = new int[MAX_DEPTH + 1];
        for (int i = 0; i < lines.size(); i++) {
            OutlineLine l = lines.get(i);
            int depth = Math.min(l.depth(), MAX_DEPTH);
            if (l.plain() && (l.shouted() && shoutedHeading(i) || overParagraph(i))) {
                headings.set(i);
                Arrays.fill(lastHeading, 0);
            } else if (l.numbered() && heading(i, l, lastHeading[depth])) {
                headings.set(i);
                lastHeading[depth] = l.number();
                Arrays.fill(lastHeading, depth + 1, lastHeading.length, 0);
            }
        }
        this.title = title();
    }

    static Outline of(List<SourceLine> source) {
        List<OutlineLine> lines =
                new java.util.ArrayList<>(source.stream().map(OutlineLine::of).toList());
        for (int i = 0; i < lines.size(); i++) {
            int at = i;
            // "Stage 1 – Develop the CRM strategy" over lines indented under it: a numbered stage, they its text
            if (indentedUnder(lines, i)) {
                OutlineLine.stageTitle(source.get(i)).ifPresent(stage -> lines.set(at, stage));
            }
        }
        return new Outline(List.copyOf(lines));
    }

    private static boolean indentedUnder(List<OutlineLine> lines, int i) {
        int next = i + 1;
        while (next < lines.size() && lines.get(next).blank()) {
            next++;
        }
        return next < lines.size()
                && next == i + 1
                && lines.get(next).indent() > lines.get(i).indent();
    }

    List<OutlineLine> lines() {
        return lines;
    }

    boolean heading(int i) {
        return headings.get(i);
    }

    boolean title(int i) {
        return i == title;
    }

    /**
     * A heading continues the numbering of the headings before it at its depth ({@code
     * lastHeading}, 0 under a new section): "1." "2." "3."; "2.1" "2.2" under "2.". A "1." under
     * "2.2", or a "3." after a "2." that was a list item, is an item of a list.
     */
    private boolean heading(int i, OutlineLine line, int lastHeading) {
        return line.headingShaped() && line.number() == lastHeading + 1 && !insideList(i, line) && hasContent(i, line);
    }

    /** A heading over prose has at most this many words. */
    private static final int PROSE_HEADING_WORDS = 5;
    /** A line of prose wrapped at the page's width is at least this long. */
    private static final int PROSE_LINE = 60;

    /**
     * "Background" or "What it is" alone on its line after a blank one, over a paragraph of
     * wrapped prose: a section heading, as typed-up notes write them. Not the document's first line
     * (its title) and not a line with a mark of a sentence or a term in it.
     */
    private boolean overParagraph(int i) {
        OutlineLine l = lines.get(i);
        int before = previous(i);
        boolean afterBlank = i > 0 && lines.get(i - 1).blank() && before >= 0;
        boolean paragraph = i + 1 < lines.size()
                && lines.get(i + 1).plain()
                && lines.get(i + 1).text().length() >= PROSE_LINE;
        return afterBlank
                && paragraph
                && l.indent() == 0
                && Shapes.words(l.text()) <= PROSE_HEADING_WORDS
                && !crmgraph.Regex.matches(l.text(), ".*[.:;,?!=()].*")
                && !l.definition();
    }

    /** A line in capitals with something under it that is not another such line. */
    private boolean shoutedHeading(int i) {
        int next = next(i);
        return next >= 0 && !(lines.get(next).plain() && lines.get(next).shouted());
    }

    /**
     * Something of its own under the line: text, a bullet, a deeper number, or a numbered list
     * starting at 1. A same or shallower number next means nothing is under it.
     */
    private boolean hasContent(int i, OutlineLine line) {
        int next = next(i);
        if (next < 0) {
            return false;
        }
        OutlineLine n = lines.get(next);
        return !n.numbered() || n.depth() > line.depth() || n.depth() == 1 && n.number() == 1;
    }

    /** Indented under a bullet (past the lines that continue it): a numbered step of that bullet, not a section. */
    private boolean insideList(int i, OutlineLine line) {
        for (int k = i - 1; k >= 0; k--) {
            OutlineLine l = lines.get(k);
            if (l.blank() || l.plain() && l.indent() > 0) {
                continue;
            }
            boolean item = l.bullet() || l.numbered() && !headings.get(k);
            return item && l.indent() < line.indent();
        }
        return false;
    }

    /**
     * The document's title: a first line of plain text, short and unfinished or shaped like a
     * course or lecture title, that the next line does not carry on; -1 when there is none.
     */
    private int title() {
        int first = next(-1);
        if (first < 0 || !lines.get(first).plain()) {
            return -1;
        }
        OutlineLine l = lines.get(first);
        int next = next(first);
        boolean continued = next == first + 1
                && lines.get(next).plain()
                && Character.isLowerCase(lines.get(next).text().charAt(0));
        return !continued && (l.headingShaped() || Furniture.titleLike(l.text())) ? first : -1;
    }

    private int previous(int i) {
        int k = i - 1;
        while (k >= 0 && lines.get(k).blank()) {
            k--;
        }
        return k;
    }

    private int next(int i) {
        int k = i + 1;
        while (k < lines.size() && lines.get(k).blank()) {
            k++;
        }
        return k < lines.size() ? k : -1;
    }
}
