package crmgraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rewrites a plain-text outline as Markdown, line for line, so the notes reader reads it with the
 * same line numbers: the title becomes a "#" heading, a numbered heading a heading one level
 * below per number of its label ("1." "##", "2.3.1" "####"), a bullet or numbered item a "- " or
 * "N. " item indented for its level, a "Term – explanation" line a "- " item too (so lines of
 * terms make a glossary of term cards), and other text a paragraph line. The outline's own
 * indentation is never kept as such (four spaces would make code of it); where text after a list
 * would run on into its last item, it is set off as a block quote, because no blank line can be
 * added.
 */
final class OutlineMarkdown {

    /** A line of nothing but rule characters: a separator, never a Setext underline. */
    private static final Pattern RULE = Pattern.compile("^[-=_*~\u2013\u2014\u2022.\\s]{3,}$");
    /** "2024. " at the start of text would open an ordered list. */
    private static final Pattern NUMBER_START = Pattern.compile("^(\\d{1,9})([.)])(\\s.*|$)");

    private static final int MAX_LEVEL = 6;

    private enum Role {
        NONE,
        HEADING,
        ITEM,
        PARAGRAPH
    }

    private final Outline outline;
    private final ListLevels levels = new ListLevels();
    private final List<Integer> contentColumns = new ArrayList<>();
    private Role role = Role.NONE;
    private boolean afterBlank;
    private OutlineLine item;
    private int itemLevel;
    private String previousText = "";
    /** How the first item of the current list is written ({@link OutlineLine#form}). */
    private String listForm = "";
    /** The current list's bullet: switched between "-" and "*" where one list follows another. */
    private String bullet = "-";

    private OutlineMarkdown(Outline outline) {
        this.outline = outline;
    }

    /** The outline's lines as Markdown, each with its own line number. */
    static List<SourceLine> of(Outline outline) {
        return new OutlineMarkdown(outline).rewrite();
    }

    private List<SourceLine> rewrite() {
        List<SourceLine> out = new ArrayList<>();
        List<OutlineLine> lines = outline.lines();
        for (int i = 0; i < lines.size(); i++) {
            OutlineLine l = lines.get(i);
            String markdown = line(i, l);
            out.add(new SourceLine(l.source().number(), markdown));
            afterBlank = l.blank();
            if (!l.blank()) {
                previousText = l.text();
            }
        }
        return out;
    }

    private String line(int i, OutlineLine l) {
        if (l.blank()) {
            return "";
        }
        if (outline.title(i) || outline.heading(i)) {
            int level = outline.title(i) ? 1 : Math.min(MAX_LEVEL, Math.max(1, l.depth()) + 1);
            return heading(level, outline.title(i) || l.label().isEmpty() ? l.text() : l.label() + " " + l.text());
        }
        if (l.bullet() || l.numbered()) {
            return item(l);
        }
        if (RULE.matcher(l.text()).matches()) {
            role = Role.NONE;
            levels.reset();
            return "***";
        }
        return text(l);
    }

    private String heading(int level, String text) {
        role = Role.HEADING;
        levels.reset();
        return "#".repeat(level) + " " + text;
    }

    private String item(OutlineLine l) {
        // After a blank line, a top-level item written another way ("memory trick: …" after "gap 4 - …")
        // starts a list of its own: a new bullet character, since no line can be added between them.
        boolean otherList =
                role == Role.ITEM && afterBlank && l.indent() == 0 && !l.form().equals(listForm);
        boolean continuesList = role == Role.ITEM && !otherList;
        if (!continuesList) {
            levels.reset();
            listForm = l.form();
            bullet = otherList && bullet.equals("-") ? "*" : "-";
        }
        int level = levels.place(l.marker(), l.indent());
        int column = level == 0 || contentColumns.size() < level ? 0 : contentColumns.get(level - 1);
        String marker = marker(l, continuesList);
        contentColumns
                .subList(Math.min(level, contentColumns.size()), contentColumns.size())
                .clear();
        contentColumns.add(column + marker.length() + 1);
        role = Role.ITEM;
        item = l;
        itemLevel = level;
        return " ".repeat(column) + marker + " " + escape(l.text());
    }

    /**
     * "- " for a bullet, the item's own number for a numbered item; a numbered list that would
     * start straight after a paragraph line starts at 1, the only number that may end a paragraph.
     */
    private String marker(OutlineLine l, boolean continuesList) {
        if (!l.numbered() || l.depth() > 1) {
            return bullet;
        }
        boolean afterParagraph = role == Role.PARAGRAPH && !afterBlank;
        String number = l.label().substring(0, l.label().length() - 1);
        return (afterParagraph && !continuesList ? "1" : number)
                + l.label().charAt(l.label().length() - 1);
    }

    /**
     * Plain text: a line carrying on the item or paragraph above, a "Term – explanation" line
     * (an item of its own, so that a definition wrapped onto the next line stays one card and
     * lines of terms make a glossary), or a paragraph line.
     */
    private String text(OutlineLine l) {
        boolean runsOn = !afterBlank && Shapes.openEnded(previousText);
        // "… once data comes in" / "brand community = fans who …": a term line at the item's own indent
        // starts an item of its own, however the line above ended
        boolean ownTerm = role == Role.ITEM && definitionItem(l) && l.indent() <= item.indent();
        if (role == Role.ITEM && (runsOn && !ownTerm || !definitionItem(l) && continuesItem(l))) {
            return " ".repeat(contentColumns.get(itemLevel)) + escape(l.text());
        }
        if (definitionItem(l) && !(role == Role.PARAGRAPH && runsOn)) {
            return item(l);
        }
        boolean afterList = role == Role.ITEM && !afterBlank;
        role = Role.PARAGRAPH;
        levels.reset();
        return (afterList ? "> " : "") + escape(l.text());
    }

    /** A "Term – explanation" line, unless it is indented under an item and starts in lower case (a wrapped line with a dash in it). */
    private boolean definitionItem(OutlineLine l) {
        return l.definition()
                && !(role == Role.ITEM
                        && l.indent() > item.indent()
                        && Character.isLowerCase(l.text().charAt(0)));
    }

    /**
     * A line that carries on the item above: indented past its marker, or (with no blank line
     * between) starting in lower case or with a symbol.
     */
    private boolean continuesItem(OutlineLine l) {
        if (l.indent() > item.indent()) {
            return true;
        }
        if (l.arrowChain()) {
            return false; // steps or causes in a row: a line of its own
        }
        char first = l.text().charAt(0);
        return !afterBlank && (Character.isLowerCase(first) || !Character.isLetterOrDigit(first));
    }

    /** Text as Markdown would read it literally at the start of a line: no heading, quote, list or table opened by it. */
    static String escape(String text) {
        var number = NUMBER_START.matcher(text);
        if (number.matches()) {
            return number.group(1) + "\\" + number.group(2) + number.group(3);
        }
        if (!text.isEmpty() && "#>+=|<`~".indexOf(text.charAt(0)) >= 0
                || RULE.matcher(text).matches()) {
            return "\\" + text;
        }
        return text;
    }
}
