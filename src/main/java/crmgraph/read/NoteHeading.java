package crmgraph.read;

import crmgraph.Regex;
import java.util.regex.Pattern;

/**
 * A heading of Markdown notes: its level, its words without section numbers ("2.1", "IV.") or a
 * closing colon, and the source lines it spans (two for a Setext heading).
 */
record NoteHeading(int level, String text, int firstLine, int lastLine) {

    /** "1.", "2.3", "2.3.1)", "IV." before the words: section numbering, not part of the name. "5 Steps" keeps its count. */
    private static final Pattern SECTION_NUMBER =
            Pattern.compile("^(?:\\d{1,3}(?:\\.\\d{1,3})*[.)]|\\d{1,3}(?:\\.\\d{1,3})+|[IVX]{1,5}\\.)\\s+");

    static String words(String plain) {
        String s = SECTION_NUMBER.matcher(plain.strip()).replaceFirst("");
        return Regex.replaceAll(s, "\\s*:+$", "").strip();
    }
}
