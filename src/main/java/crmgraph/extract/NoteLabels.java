package crmgraph.extract;

import crmgraph.Regex;
import crmgraph.nlp.FrameNouns;
import java.util.regex.Pattern;

/**
 * Labels a note-taker puts before a line ("idea: …", "key stat: …", "main takeaways: …",
 * "purpose: …", "memory trick: …", "criticism: …", "exam q from last year: …"): they say what
 * sort of remark follows, not what it is about, so they name no concept. What they frame belongs
 * to the heading above, which the label does not name; rather than guess, such a line defines
 * nothing. A bare noun such as "points" is a label only before a line of its own: among the
 * members of a list it may be one of them (a level of permission called "Points").
 */
final class NoteLabels {

    private static final String WEIGHT =
            "(?:the\\s+)?(?:key|main|core|big|central|basic|general|overall|important|quick|fun|useful)\\s+";
    private static final String REMARK_NOUNS = FrameNouns.ALTERNATION
            + "|statistic|fact|point|tip|note|summary|example|remark|thought|reminder"
            + "|criticism|critique|limitation|evaluation|drawback";
    /** Nouns that only ever label a remark, wherever they stand. */
    private static final String LABEL_NOUNS = "stat|takeaway|take-away|mnemonic|memory\\s+(?:trick|aid|hook)"
            + "|(?:past\\s+|old\\s+)?exam\\s+(?:q|question)(?:s?\\s+(?:from|of)\\s+[\\w\\s]{1,20})?";

    /** A label before a line: an optional word of weight, then a noun of a remark, singular or plural. */
    private static final Pattern BEFORE_A_LINE =
            Pattern.compile("(?i)^(?:" + WEIGHT + ")?(?:" + REMARK_NOUNS + "|" + LABEL_NOUNS + ")s?$");
    /**
     * Nouns for what a lecture is about, which name no concept after a word of weight ("the central
     * model is the customer pyramid …", "main theory", "key topic"): the weight ranks the thing the
     * sentence goes on to name.
     */
    private static final String SUBJECT_NOUNS = "model|framework|theory|topic|theme|lesson|message";
    /** A label wherever it stands: a noun of a remark after a word of weight, or a noun that only labels. */
    private static final Pattern ANYWHERE = Pattern.compile("(?i)^(?:" + WEIGHT + "(?:" + REMARK_NOUNS + "|"
            + LABEL_NOUNS + "|" + SUBJECT_NOUNS + ")|(?:the\\s+)?(?:" + LABEL_NOUNS + "))s?$");

    private NoteLabels() {}

    /** Whether a card's front, or the label of a line of notes, is such a label. */
    static boolean is(String front) {
        return BEFORE_A_LINE.matcher(trimmed(front)).matches();
    }

    /** Whether a name is such a label wherever it was read, a list's members included. */
    static boolean always(String name) {
        return ANYWHERE.matcher(trimmed(name)).matches();
    }

    private static String trimmed(String text) {
        return Regex.replaceAll(text.strip(), "[:\\s]+$", "");
    }
}
