package crmgraph.read;

import crmgraph.Regex;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a plain-text outline (pasted from Word or Google Docs) by its own shape: a numbered
 * line ("1.", "1.1", "2.3.1", "1)"), a bullet with any of the markers word processors paste, plain
 * text, or blank. Whether a numbered line is a heading or a list item depends on the lines around
 * it, which {@link Outline} decides.
 *
 * @param indent columns of indentation (a tab counts four)
 * @param marker the bullet character, or the numbering style ("1." "1)" "1.1") of a numbered line
 * @param label  a numbered line's label as written ("2.3.1", "4)"); empty for other lines
 * @param depth  how many numbers a numbered line's label has ("2.3.1" is 3); 0 for other lines
 * @param text   the words after the marker or label, stripped
 */
record OutlineLine(SourceLine source, Shape shape, int indent, String marker, String label, int depth, String text) {

    enum Shape {
        BLANK,
        NUMBERED,
        BULLET,
        TEXT
    }

    /** "1.1", "2.3.1.", "1.2)": numbers joined by dots; or a single number with its dot or bracket ("1.", "1)"). */
    private static final Pattern NUMBERED =
            Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){1,4})[.)]?\\s+(\\S.*)$|^(\\d{1,2})([.)])\\s+(\\S.*)$");
    /**
     * The markers Word and Google Docs paste for bullet levels: •, o, ▪ (Word), ●, ○, ■ (Google
     * Docs), ◦, ‣, ·, ➢, dashes, and the Symbol-font characters Word leaves in the private use
     * area when its list fonts do not come along.
     */
    private static final Pattern BULLET = Pattern.compile(
            "^([\u2022\u25CF\u25CB\u25E6\u25AA\u25A0\u25A1\u25AB\u25C6\u25C7\u2666\u2756\u27A2\u27A4\u25BA\u25B8\u2023\u2043\u00B7\u2219"
                    + "\uF0B7\uF0A7\uF0D8\uF076\uF0FC\u2713\u2714o*+\\-\u2013\u2014])\\s+(\\S.*)$");

    /** "Stage 2 –", "Step 3:", "Phase 1 -": a position before the name of what stands there. */
    private static final String STAGE_LABEL =
            "(?i)^(?:stage|step|phase)\\s+(\\d{1,2})\\s*(?:[:.\u2013\u2014]|\\s-)\\s*";
    /**
     * "Stage 2 – Attracting customers: turning prospects into buyers": a position, the name of what
     * stands there and its explanation. Without a name of its own ("step 3 - call the customer back")
     * the line stays a term line of its label.
     */
    private static final Pattern STAGE =
            Pattern.compile(STAGE_LABEL + "(\\p{L}[^:=\u2013\u2014]{0,60}?(?::|\\s[\u2013\u2014=-])\\s.*)$");
    /** "Stage 1 – Develop the CRM strategy": a position and a title, with nothing after the title. */
    private static final Pattern STAGE_TITLE = Pattern.compile(STAGE_LABEL + "(\\p{L}[^:=\u2013\u2014]{0,60})$");

    private static final Pattern DASH_TERM = Pattern.compile("^([^:]{1,80}?)\\s+[\u2013\u2014-]\\s+(\\S.*)$");
    /**
     * "Term = explanation", "Term -> explanation": how notes typed in a hurry define a term. An
     * arrow's explanation holds no second arrow: "loyalty -> retention -> profit" is a chain of
     * causes, not a definition.
     */
    private static final Pattern SIGN_TERM =
            Pattern.compile("^([^:=]{1,80}?)\\s+(?:=|(?:->|=>|\u2192)(?!.*(?:->|\u2192)))\\s+(\\S.*)$");

    /**
     * The line as a numbered item ("1. Develop the CRM strategy") where it is a stage's position and
     * title; the caller decides, by the lines indented under it, that it heads a stage.
     */
    static java.util.Optional<OutlineLine> stageTitle(SourceLine line) {
        Matcher m = STAGE_TITLE.matcher(line.text().strip());
        return m.matches() ? java.util.Optional.of(stage(line, indent(line.text()), m)) : java.util.Optional.empty();
    }

    /** A stage's line as the numbered item it is: its number its place, its name what follows. */
    private static OutlineLine stage(SourceLine line, int indent, Matcher m) {
        return new OutlineLine(
                line,
                Shape.NUMBERED,
                indent,
                "1.",
                m.group(1) + ".",
                1,
                m.group(2).strip());
    }

    static OutlineLine of(SourceLine line) {
        String text = line.text();
        if (line.blank()) {
            return new OutlineLine(line, Shape.BLANK, 0, "", "", 0, "");
        }
        int indent = indent(text);
        String s = text.strip();
        Matcher n = NUMBERED.matcher(s);
        if (n.matches() && n.group(1) != null) {
            return new OutlineLine(
                    line,
                    Shape.NUMBERED,
                    indent,
                    "1.1",
                    n.group(1),
                    n.group(1).split("\\.").length,
                    n.group(2).strip());
        }
        if (n.matches()) {
            return new OutlineLine(
                    line,
                    Shape.NUMBERED,
                    indent,
                    "1" + n.group(4),
                    n.group(3) + n.group(4),
                    1,
                    n.group(5).strip());
        }
        Matcher stage = STAGE.matcher(s);
        if (stage.matches()) {
            return stage(line, indent, stage);
        }
        Matcher b = BULLET.matcher(s);
        if (b.matches()) {
            return new OutlineLine(
                    line, Shape.BULLET, indent, b.group(1), "", 0, b.group(2).strip());
        }
        return new OutlineLine(line, Shape.TEXT, indent, "", "", 0, s);
    }

    /** The last number of a numbered line's label ("2.3.1" → 1, "4)" → 4); 0 for other lines. */
    int number() {
        String[] parts = Regex.replaceAll(label, "[.)]$", "").split("\\.");
        return numbered() ? Integer.parseInt(parts[parts.length - 1]) : 0;
    }

    boolean blank() {
        return shape == Shape.BLANK;
    }

    boolean numbered() {
        return shape == Shape.NUMBERED;
    }

    boolean bullet() {
        return shape == Shape.BULLET;
    }

    boolean plain() {
        return shape == Shape.TEXT;
    }

    /** "Term – explanation" (en or em dash, or a spaced hyphen) with a short term: a definition of the term. */
    boolean dashDefinition() {
        return definedBy(DASH_TERM);
    }

    /**
     * A term with its explanation on one line, after a dash, an equals sign, an arrow or a colon, the
     * term short and not shouted (a shouted "PART A - TRUE / FALSE" is a heading).
     */
    boolean definition() {
        return (dashDefinition() || definedBy(SIGN_TERM) || colonTerm()) && !shouted();
    }

    /**
     * "price war: rivals cutting prices …": a term line as notes write it (see {@link
     * MarkdownReader#termLine}). Notes label remarks this way too ("big idea: …"); extraction
     * tells them apart by what follows the colon.
     */
    private boolean colonTerm() {
        String[] term = text.contains(":") ? MarkdownReader.termLine(text) : null;
        return term != null && !term[0].contains("-") && Shapes.words(term[1]) >= 2;
    }

    /** "loyalty -> repeat purchase -> profit": steps or causes in a row, a line of its own. */
    boolean arrowChain() {
        return Regex.matches(text, ".*(?:->|=>|\u2192).*(?:->|=>|\u2192).*");
    }

    /**
     * How the line is written, for telling one list from the next: its shape and, for a term line,
     * the sign between term and explanation ("TEXT dash", "TEXT colon", "BULLET ").
     */
    String form() {
        String sign = dashDefinition() ? "dash" : definedBy(SIGN_TERM) ? "sign" : colonTerm() ? "colon" : "";
        return shape + " " + sign;
    }

    private boolean definedBy(Pattern shape) {
        Matcher m = shape.matcher(text);
        return m.matches()
                && Shapes.words(m.group(1)) <= 6
                && Shapes.words(m.group(2)) >= 2
                && !Regex.matches(m.group(1), ".*(?:->|\u2192).*");
    }

    /** A heading in capitals ({@link Shapes#shouted}) that ends no sentence, twelve words at most. */
    boolean shouted() {
        return Shapes.shouted(text) && Shapes.words(text) <= 12 && !Regex.matches(text, ".*[.;,]$");
    }

    /**
     * Short enough and unfinished enough to be a heading: twelve words at most, not ending a
     * sentence or a clause, not a term with its explanation.
     */
    boolean headingShaped() {
        String s = text;
        return Shapes.words(s) <= 12
                && !Regex.matches(s, ".*[.;,]$")
                && s.chars().anyMatch(Character::isLetter)
                && !definition();
    }

    private static int indent(String text) {
        int columns = 0;
        for (int i = 0; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
            columns += text.charAt(i) == '\t' ? 4 : 1;
        }
        return columns;
    }
}
