package crmgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Slips the greedy tagger makes on short, unusual text, mended for every rule of extraction that
 * reads the tags: a form of "be" tagged as a conjunction or preposition ("Personal data is/SCONJ
 * …"; it is always a verb), a token with a letter in it tagged as punctuation ("eCRM"; a name), and
 * a noun tagged as a conjunction or an adverb ("Brand ambassador/CCONJ", "Service recovery/ADV
 * refers to …": conjunctions are short words, and adverbs do not end like nouns).
 */
final class TagSlips {

    private static final Pattern NOUN_ENDING = Pattern.compile("(?:ery|ion|ment|ness|ity|ance|ence|ship)$");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "am", "been", "being");

    private TagSlips() {}

    /** {@code tags} mended in place, and returned. */
    static String[] mended(String[] tokens, String[] tags) {
        for (int i = 0; i < tokens.length; i++) {
            String w = tokens[i].toLowerCase(Locale.ROOT);
            if (BE.contains(w) && !tags[i].equals("AUX") && !tags[i].equals("VERB")) {
                tags[i] = "AUX";
            } else if ((tags[i].equals("PUNCT") || tags[i].equals("SYM"))
                    && tokens[i].chars().anyMatch(Character::isLetter)) {
                tags[i] = "PROPN";
            } else if (tags[i].equals("CCONJ") && w.length() > 7
                    || tags[i].equals("ADV")
                            && w.length() > 5
                            && NOUN_ENDING.matcher(w).find()) {
                tags[i] = "NOUN";
            }
        }
        return tags;
    }
}
