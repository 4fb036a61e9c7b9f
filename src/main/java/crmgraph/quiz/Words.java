package crmgraph.quiz;

import crmgraph.nlp.PlainWords;
import crmgraph.nlp.WordForms;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level normal forms shared by the generator, the leak check and the checker. */
final class Words {

    /** Words too common to test anything, and too common to be a blank on their own. */
    static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into",
            "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those",
            "their", "they", "them", "he", "she", "his", "her", "we", "our", "you", "your", "not", "no", "can", "could",
            "should", "would", "will", "may", "might", "must", "do", "does", "did", "has", "have", "had", "which",
            "who", "whom", "what", "when", "where", "how", "why", "all", "any", "some", "more", "most", "other", "such",
            "than", "then", "so", "also", "very", "each", "every", "etc", "eg", "ie", "via", "per", "about", "over",
            "under", "between", "both", "only", "just", "own", "same", "there", "here", "if");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ARTICLE = Pattern.compile("^(the|a|an) ");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)?");

    private Words() {}

    /** Case, accents, punctuation, hyphens and spacing folded; a leading article dropped. */
    static String normal(String text) {
        // A plain word has nothing to fold but case: most calls, spared a Normalizer and three regexes.
        return text != null && PlainWords.isPlain(text, 0, text.length()) ? text.toLowerCase(Locale.ROOT) : fold(text);
    }

    /** {@link #normal} the long way, for any text. */
    static String fold(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        s = NON_WORD.matcher(s.replace("'", "").replace("\u2019", ""))
                .replaceAll(" ")
                .strip();
        return ARTICLE.matcher(s).replaceFirst("");
    }

    /** {@link #normal} without spaces, so "self-service", "self service" and "selfservice" meet. */
    static String compact(String text) {
        return normal(text).replace(" ", "");
    }

    /** The normal form with each word made singular. */
    static String singular(String text) {
        StringBuilder out = new StringBuilder();
        for (String w : normal(text).split(" ")) {
            if (!w.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(WordForms.singular(w));
            }
        }
        return out.toString();
    }

    /** A word of some text with where it sits. */
    record Span(String word, String key, int start, int end) {}

    /** The words of {@code text} with their offsets and singular normal form. */
    static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String key = WordForms.singular(normal(m.group()).replace(" ", ""));
            out.add(new Span(m.group(), key, m.start(), m.end()));
        }
        return out;
    }

    /** Initials of a name of two or more significant words ("Service Level Agreement" → "sla"). */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : normal(name).split(" ")) {
            if (!w.isEmpty() && !STOP.contains(w) && Character.isLetter(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.length() >= 2 ? b.toString() : "";
    }

    static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }

    static String digits(String s) {
        return s.replaceAll("[^0-9]", "");
    }
}
