package crmgraph.quiz;

import crmgraph.nlp.Lexicon;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typing slips in a definition shown to the student, put right where the dictionary leaves no
 * doubt ("the custmer" → "the customer"): a lower-case word of four letters or more that no British
 * or American dictionary knows and that is one edit from exactly one word. Terms no dictionary
 * knows ("servicescape") and slips that could be several words stay as written, as do
 * abbreviations ("cust", "w/"), which are no slips.
 */
final class Typos {

    private static final Pattern WORD =
            Pattern.compile("(?<![\\p{L}\\p{N}'\u2019/-])\\p{Ll}{4,}(?![\\p{L}\\p{N}'\u2019/-])");

    private Typos() {}

    static String repaired(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out, Matcher.quoteReplacement(Lexicon.correction(m.group()).orElse(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
