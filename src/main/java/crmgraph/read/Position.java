package crmgraph.read;

/**
 * Where a line of text came from in its file, in the file's own terms: "line 12" of a text file,
 * "page 3, line 12" of a PDF, "paragraph 14" of a Word document, "note 1681234567" of an Anki package.
 *
 * @param part   the larger unit the position lies in ("page 3"), or empty
 * @param unit   what is counted ("line", "paragraph", "note")
 * @param number the count, 1-based (an Anki note's id)
 */
public record Position(String part, String unit, long number) {

    public Position {
        part = part == null ? "" : part;
    }

    public static Position line(long number) {
        return new Position("", "line", number);
    }

    /** "page 3, line 12", or "line 12" where there is no part. */
    @Override
    public String toString() {
        return (part.isEmpty() ? "" : part + ", ") + unit + " " + number;
    }

    /** The span from this position to {@code end}: "page 3, lines 12–14", "notes 5–6", or "page 3, line 40 – page 4, line 2". */
    public String to(Position end) {
        if (end.equals(this)) {
            return toString();
        }
        if (end.part.equals(part) && end.unit.equals(unit)) {
            return (part.isEmpty() ? "" : part + ", ") + unit + "s " + number + "\u2013" + end.number;
        }
        return this + " \u2013 " + end;
    }
}
