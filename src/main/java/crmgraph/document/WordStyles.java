package crmgraph.document;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;

/**
 * What a paragraph's style says it is: a heading of some level, or an item of a list written with
 * Word's list styles. A style is known by its id ("Heading1", "Title", "ListBullet2") or, where the
 * id is another language's ("Kop1"), by its built-in name ("heading 1"); an outline level on the
 * paragraph or its style makes a heading too. Styles based on one of these inherit what it is.
 */
final class WordStyles {

    /** Outline level 9 is Word's "body text": explicitly no heading. */
    private static final int BODY_TEXT_OUTLINE = 9;
    /** How far a chain of "based on" styles is followed (a broken file may loop). */
    private static final int MAX_BASED_ON = 10;

    private static final Pattern HEADING = Pattern.compile("heading ?([1-9])");
    private static final Pattern LIST = Pattern.compile("list ?(bullet|number) ?([2-9])?");

    /** A list item by style: numbered or bulleted, at a 0-based nesting level. */
    record ListStyle(boolean ordered, int level) {}

    private final XWPFStyles styles;

    WordStyles(XWPFDocument doc) {
        this.styles = doc.getStyles();
    }

    /** The paragraph's heading level, 1 (a title or top heading) to 9, or 0 when it is no heading. */
    int headingLevel(XWPFParagraph p) {
        Integer own = outline(p.getCTP().getPPr());
        if (own != null) {
            return own;
        }
        String id = p.getStyleID();
        for (int depth = 0; id != null && depth < MAX_BASED_ON; depth++) {
            XWPFStyle style = styles == null ? null : styles.getStyle(id);
            int named = headingByName(id, style);
            if (named >= 0) {
                return named;
            }
            Integer outline = style == null ? null : outline(style.getCTStyle().getPPr());
            if (outline != null) {
                return outline;
            }
            id = style == null ? null : style.getBasisStyleID();
        }
        return 0;
    }

    /** The list a paragraph belongs to by its style alone ("List Bullet 2"), or null. */
    ListStyle listStyle(XWPFParagraph p) {
        String id = p.getStyleID();
        for (int depth = 0; id != null && depth < MAX_BASED_ON; depth++) {
            XWPFStyle style = styles == null ? null : styles.getStyle(id);
            for (String key : new String[] {id, style == null ? null : style.getName()}) {
                Matcher m = key == null ? null : LIST.matcher(key.toLowerCase(Locale.ROOT));
                if (m != null && m.matches()) {
                    return new ListStyle(
                            m.group(1).equals("number"), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)) - 1);
                }
            }
            id = style == null ? null : style.getBasisStyleID();
        }
        return null;
    }

    /** 1 for a title, N for "heading N" (by id or name), -1 when the style is neither. */
    private static int headingByName(String id, XWPFStyle style) {
        for (String key : new String[] {id, style == null ? null : style.getName()}) {
            if (key == null) {
                continue;
            }
            String lower = key.toLowerCase(Locale.ROOT);
            if (lower.equals("title")) {
                return 1;
            }
            Matcher m = HEADING.matcher(lower);
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return -1;
    }

    /** The heading level an outline level gives (0 when it says body text), or null when none is set. */
    private static Integer outline(CTPPrBase ppr) {
        if (ppr == null || !ppr.isSetOutlineLvl()) {
            return null;
        }
        CTDecimalNumber lvl = ppr.getOutlineLvl();
        if (lvl.getVal() == null) {
            return null;
        }
        int value = lvl.getVal().intValue();
        return value >= 0 && value < BODY_TEXT_OUTLINE ? value + 1 : 0;
    }
}
