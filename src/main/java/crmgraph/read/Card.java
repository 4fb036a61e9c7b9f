package crmgraph.read;

/**
 * One card cut from a file: the prompt side, the answer side (empty when the file gives none),
 * and the 1-based source lines it spans.
 *
 * @param kind    a prompt answered by its back, or a passage of notes under its section
 * @param section for cards of notes, the headings above the card ("Types of CRM › Strategic"), else empty
 * @param doubt   why the reader is unsure of this card and what the other reading would be; null when sure
 * @param tags    the tags the file gives the card (an Anki note's), else empty
 */
public record Card(
        int ordinal,
        String front,
        String back,
        int line,
        int endLine,
        Kind kind,
        String section,
        Doubt doubt,
        java.util.List<String> tags) {

    /** What the two sides of a card are. */
    public enum Kind {
        /** The front asks or names (a question, a term, a statement to judge); the back answers it. */
        PROMPT,
        /**
         * A passage of notes: the back is prose or a list, the front the heading it stands under. The
         * heading is context, a concept only where the passage defines it.
         */
        PASSAGE
    }

    /**
     * A reading that came close: the card may be misread. {@code otherFront} and {@code otherBack}
     * are what the card would be under the next best reading (empty strings when that reading has
     * no such card, e.g. the line would be an unanswered question).
     */
    public record Doubt(String why, String otherFront, String otherBack) {}

    public Card {
        section = section == null ? "" : section;
        tags = tags == null ? java.util.List.of() : java.util.List.copyOf(tags);
    }

    public Card(int ordinal, String front, String back, int line, int endLine, Kind kind, String section, Doubt doubt) {
        this(ordinal, front, back, line, endLine, kind, section, doubt, java.util.List.of());
    }

    public Card(int ordinal, String front, String back, int line, int endLine) {
        this(ordinal, front, back, line, endLine, Kind.PROMPT, "", null);
    }

    public boolean uncertain() {
        return doubt != null;
    }
}
