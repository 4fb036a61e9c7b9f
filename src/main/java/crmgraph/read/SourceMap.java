package crmgraph.read;

import java.util.List;

/**
 * Where each line of a text came from, for texts opened from documents that are not text (an Anki
 * package, a PDF, a Word document): line {@code n} of the text is {@code positions.get(n - 1)} of
 * the file. A text file is its own map ({@link #LINES}): line n is line n.
 */
public record SourceMap(List<Position> positions) {

    /** The map of a text file: every line is where it stands. */
    public static final SourceMap LINES = new SourceMap(List.of());

    public SourceMap {
        positions = List.copyOf(positions);
    }

    /** Whether lines are positions of their own, as in a text file. */
    public boolean identity() {
        return positions.isEmpty();
    }

    /** Where line {@code line} (1-based) of the text came from; a line past the map's end is its own position. */
    public Position at(int line) {
        return line >= 1 && line <= positions.size() ? positions.get(line - 1) : Position.line(line);
    }

    /** Where lines {@code line} to {@code endLine} came from, in words: "page 3, lines 12–14". */
    public String describe(int line, int endLine) {
        return at(line).to(at(Math.max(line, endLine)));
    }
}
