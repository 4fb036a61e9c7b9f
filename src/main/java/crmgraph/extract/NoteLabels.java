package crmgraph.extract;

import crmgraph.Regex;
import crmgraph.nlp.FrameNouns;
import java.util.regex.Pattern;

/**
 * Labels a note-taker puts before a line ("idea: …", "key stat: …", "main takeaways: …",
 * "purpose: …"): they say what sort of remark follows, not what it is about, so they name no
 * concept. What they frame belongs to the heading above, which the label does not name; rather
 * than guess, such a line defines nothing.
 */
final class NoteLabels {

    /** An optional word of weight, then a frame noun or a noun of note-taking, singular or plural. */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:(?:key|main|core|big|central|basic|general"
                    + "|overall|important|quick|fun|useful)\\s+)?(?:" + FrameNouns.ALTERNATION
                    + "|stat|statistic|fact|point|takeaway|take-away|tip|note|summary|example|remark|thought|reminder)s?$");

    private NoteLabels() {}

    /** Whether a card's front is such a label. */
    static boolean is(String front) {
        return LABEL.matcher(Regex.replaceAll(front.strip(), "[:\\s]+$", "")).matches();
    }
}
