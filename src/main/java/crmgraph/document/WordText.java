package crmgraph.document;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * The text of a Word paragraph as the student sees it: the runs' text with tabs as spaces and line
 * breaks as separate lines. Field codes, deleted text, footnote and comment marks are not text;
 * pictures and drawings are noted so the reader can say they were left out.
 *
 * @param lines   the paragraph's lines, spaces tidied, none blank
 * @param allBold whether every run that holds text is bold (and some run does)
 * @param picture whether the paragraph holds a picture, drawing or embedded object
 */
record WordText(List<String> lines, boolean allBold, boolean picture) {

    /** A bullet typed by hand: the glyph, then space. */
    private static final Pattern TYPED_BULLET = Pattern.compile("[\u2022\u2013*-]\\s+(\\S.*)");
    /** A line Markdown would read as a thematic break or a heading's underline. */
    private static final Pattern RULE_LIKE = Pattern.compile("[-*_=+ ]+");

    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0]+");

    static WordText of(XWPFParagraph p) {
        StringBuilder text = new StringBuilder();
        boolean bold = true;
        boolean anyText = false;
        boolean[] picture = {false};
        for (IRunElement element : p.getIRuns()) {
            String part;
            if (element instanceof XWPFRun run) {
                part = runText(run.getCTR(), picture);
                if (!part.isBlank()) {
                    bold &= run.isBold();
                }
            } else if (element instanceof XWPFSDT sdt) {
                part = sdt.getContent().getText();
                bold &= part.isBlank();
            } else {
                part = "";
            }
            anyText |= !part.isBlank();
            text.append(part);
        }
        List<String> lines = Arrays.stream(text.toString().split("\n"))
                .map(WordText::tidy)
                .filter(l -> !l.isEmpty())
                .toList();
        return new WordText(lines, bold && anyText, picture[0]);
    }

    boolean empty() {
        return lines.isEmpty();
    }

    /** All lines as one, for a heading or a table cell. */
    String oneLine() {
        return String.join(" ", lines);
    }

    /** The words of the paragraph. */
    int words() {
        return lines.stream().mapToInt(l -> l.split(" ").length).sum();
    }

    /** The item text of a line typed as a bullet ("• Loyalty", "- Loyalty"), or null. */
    static String typedBullet(String line) {
        Matcher m = TYPED_BULLET.matcher(line);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * A line of prose made safe to stand as a Markdown line: a leading {@code #}, {@code >},
     * {@code <}, fence or rule-like line would otherwise become a heading, quote, HTML, code or rule.
     */
    static String markdownLine(String line) {
        if (line.isEmpty()) {
            return line;
        }
        char first = line.charAt(0);
        boolean blockMark = first == '#' || first == '>' || first == '<' || first == '`' || first == '~';
        return blockMark || RULE_LIKE.matcher(line).matches() ? "\\" + line : line;
    }

    private static String tidy(String line) {
        return SPACES.matcher(line).replaceAll(" ").strip();
    }

    /** The text of one run, walking its XML: text, tabs and breaks; field codes, marks and deleted text are no text. */
    private static String runText(CTR run, boolean[] picture) {
        StringBuilder out = new StringBuilder();
        try (XmlCursor c = run.newCursor()) {
            for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
                switch (c.getName().getLocalPart()) {
                    case "t" -> out.append(c.getTextValue());
                    case "tab", "ptab" -> out.append(' ');
                    case "br", "cr" -> out.append('\n');
                    case "noBreakHyphen" -> out.append('-');
                    case "drawing", "pict", "object" -> picture[0] = true;
                    default -> {
                        // instrText, delText, fldChar, footnote/endnote/comment references, rPr: not the text read.
                    }
                }
            }
        }
        return out.toString();
    }
}
