package crmgraph.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list marker a PDF line starts with: a bullet glyph (including the private-use glyphs of the
 * Symbol and Wingdings fonts that word processors draw bullets with) or an item number ("3.", "2)",
 * "a)", "(iii)").
 *
 * @param number the item's number when the marker is a number as written ("3" of "3."), -1 for a letter
 *               or roman numeral, null for a bullet
 * @param glyphs how many glyphs the marker takes, spaces not counted
 * @param rest   the line's text after the marker
 */
record PdfMarker(Integer number, int glyphs, String rest) {

    /** Glyphs drawn as bullets; the ASCII and dash ones only count when a space follows (a "-3%" is no bullet). */
    private static final Pattern GLYPH_BULLET =
            Pattern.compile("^([\u2022\u25AA\u25E6\u25CF\u25A0\u25A1\u27A2\u25BA\u2023\u2043"
                    + "\u25CB\u25C6\u25C7\u2713\u2714\u27A4\u2192\u00B7\uE000-\uF8FF])\\s*(\\S.*)$");

    private static final Pattern DASH_BULLET = Pattern.compile("^([-*\u2013\u2014])\\s+(\\S.*)$");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3})[.)]\\s+(\\S.*)$|^\\((\\d{1,3})\\)\\s+(\\S.*)$");
    private static final Pattern LETTER =
            Pattern.compile("^(\\(?(?:[a-z]|ii|iii|iv|vi|vii|viii|ix|xi|xii)\\))\\s+(\\S.*)$");

    boolean bullet() {
        return number == null;
    }

    static Optional<PdfMarker> parse(String line) {
        Matcher m = GLYPH_BULLET.matcher(line);
        if (m.matches() || (m = DASH_BULLET.matcher(line)).matches()) {
            return Optional.of(new PdfMarker(null, 1, m.group(2)));
        }
        m = NUMBER.matcher(line);
        if (m.matches()) {
            String digits = m.group(1) != null ? m.group(1) : m.group(3);
            String rest = m.group(1) != null ? m.group(2) : m.group(4);
            return Optional.of(new PdfMarker(Integer.parseInt(digits), glyphs(line, rest), rest));
        }
        m = LETTER.matcher(line);
        if (m.matches()) {
            return Optional.of(new PdfMarker(-1, m.group(1).length(), m.group(2)));
        }
        return Optional.empty();
    }

    /** Non-space characters before the rest of the line. */
    private static int glyphs(String line, String rest) {
        return line.substring(0, line.length() - rest.length())
                .replaceAll("\\s", "")
                .length();
    }
}
