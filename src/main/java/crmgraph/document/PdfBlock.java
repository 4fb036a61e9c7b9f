package crmgraph.document;

import crmgraph.read.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A run of PDF lines read as one block of notes: a paragraph, a list item or a heading. Wrapped
 * lines are joined into one output line (a word hyphenated at the line's end joined whole); a line
 * broken on purpose (the next word would have fitted) starts an output line of its own.
 */
final class PdfBlock {

    /** A letter and a hyphen (or soft hyphen) ending a line: a word may have been split there. */
    private static final Pattern HYPHEN_END = Pattern.compile(".*\\p{L}[-\u00AD\u2010]$");

    private static final Pattern LOWER_START = Pattern.compile("^\\p{Ll}.*");

    private final PdfLine first;
    private final PdfMarker marker;
    private final boolean large;
    private final List<String> lines = new ArrayList<>();
    private final List<Position> positions = new ArrayList<>();
    private PdfLine last;
    private boolean allBold;
    private int physicalLines;
    private int mostWords;

    PdfBlock(PdfLine line, PdfMarker marker, boolean large) {
        this.first = line;
        this.marker = marker;
        this.large = large;
        this.last = line;
        this.allBold = line.bold();
        this.physicalLines = 1;
        this.mostWords = line.words();
        lines.add(marker == null ? line.text() : marker.rest());
        positions.add(line.position());
    }

    /** Adds a line that continues this block: on the same output line, or on a new one when {@code newLine}. */
    void add(PdfLine line, boolean newLine) {
        int at = lines.size() - 1;
        String previous = lines.get(at);
        if (brokenWord(previous, line.text())) {
            lines.set(at, joinWord(previous, line.text()));
        } else if (newLine) {
            lines.add(line.text());
            positions.add(line.position());
        } else {
            lines.set(at, previous + " " + line.text());
        }
        last = line;
        allBold &= line.bold();
        physicalLines++;
        mostWords = Math.max(mostWords, line.words());
    }

    /** A line ending in a letter and a hyphen, the next starting with a letter: one word broken at the line's end. */
    static boolean brokenWord(String line, String next) {
        return HYPHEN_END.matcher(line).matches() && !next.isEmpty() && Character.isLetter(next.codePointAt(0));
    }

    /**
     * "custo-" + "mer" is one word, "customer-" + "Focused" keeps its dash: only a lowercase
     * continuation shows a word hyphenated by the layout (a soft hyphen always does).
     */
    private static String joinWord(String line, String next) {
        boolean soft = line.endsWith("\u00AD");
        return LOWER_START.matcher(next).matches() || soft ? line.substring(0, line.length() - 1) + next : line + next;
    }

    PdfLine first() {
        return first;
    }

    PdfLine last() {
        return last;
    }

    PdfMarker marker() {
        return marker;
    }

    boolean large() {
        return large;
    }

    boolean allBold() {
        return allBold;
    }

    int physicalLines() {
        return physicalLines;
    }

    /** The most words any one of its physical lines has. */
    int mostWords() {
        return mostWords;
    }

    /** The output lines, each where its first physical line stands. */
    List<String> lines() {
        return lines;
    }

    List<Position> positions() {
        return positions;
    }

    /** All of the block on one line. */
    String text() {
        return String.join(" ", lines);
    }
}
