package crmgraph.resolve;

import java.util.regex.Pattern;

/**
 * Names shaped like a heading or a line of notes rather than a term: a title and its subtitle
 * ("Week 6 seminar - service recovery cases", "Analytical CRM: data warehousing & data mining"), or
 * a line that opens with a mark ("→ …", "> …", "= …", "~ …"). A term is a noun phrase; a colon or a
 * spaced dash inside a name joins two of them, so the name's last words ("data mining", "notes")
 * are no kind it belongs to, and what its text mentions is said by the section, not by a concept.
 * Such a name may stay a concept, but it gets no links.
 */
final class NoteLines {

    /** ": " between two phrases, a dash with a space either side, or a mark before the first word. */
    private static final Pattern NOTE_LINE =
            Pattern.compile("\\S:\\s|\\s[-\u2013\u2014]\\s|^[^\\p{L}\\p{N}(\"'\u2018\u201C]");

    private NoteLines() {}

    static boolean isNoteLine(String name) {
        return NOTE_LINE.matcher(name.strip()).find();
    }
}
