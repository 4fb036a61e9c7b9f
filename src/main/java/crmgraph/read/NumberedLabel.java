package crmgraph.read;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A term that only numbers its place ("gap 3", "Step 2") explained by the name it stands for
 * ("gap 3 - the service performance gap = not delivering …"): the name is the term, the number
 * was a position. Only where the name ends in the label's own word, so "Step 2 - call the
 * customer back" keeps its label.
 */
final class NumberedLabel {

    private static final Pattern LABEL = Pattern.compile("(?i)(\\p{L}{3,})\\s+\\d{1,2}");
    /** Words that may open a name before its head: an article, then up to five words. */
    private static final int MAX_NAME_WORDS = 6;
    /** Signs notes put between a name and what it means. */
    private static final Pattern LEADING_SIGN = Pattern.compile("^\\s*(?:[=:\u2013\u2014-]|->|\u2192)\\s*");

    private NumberedLabel() {}

    /** The term and its explanation, with a numbered label replaced by the name it stands for. */
    static String[] named(String term, String explanation) {
        Matcher label = LABEL.matcher(term.strip());
        if (!label.matches()) {
            return new String[] {term, explanation};
        }
        String head = label.group(1).toLowerCase(Locale.ROOT);
        String[] words = explanation.strip().split("\\s+");
        for (int k = 0; k < Math.min(words.length, MAX_NAME_WORDS); k++) {
            String word = words[k].toLowerCase(Locale.ROOT);
            if (word.equals(head) || word.equals(head + "s")) {
                int start = words[0].equalsIgnoreCase("the") ? 1 : 0;
                if (k < start + 1) {
                    return new String[] {term, explanation};
                }
                String name = String.join(" ", java.util.Arrays.copyOfRange(words, start, k + 1));
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, k + 1, words.length));
                return new String[] {name, LEADING_SIGN.matcher(rest).replaceFirst("")};
            }
        }
        return new String[] {term, explanation};
    }
}
