package crmgraph.resolve;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A concept named as the negation of another: "non-participant observation" of participant
 * observation, "undifferentiated marketing" of differentiated marketing, "unplanned messages" of
 * planned messages. The name says how the two relate: one is the opposite of the other. Only a
 * negating prefix counts, written apart ("non participant") or, "non" and "un" only, joined to a
 * word of five letters or more ("unplanned"), so "union" or "discount" name no opposite.
 */
final class Opposites {

    /** The phrase the link carries, read as "X is the opposite of Y". */
    static final String PHRASE = "is the opposite of";

    private static final Pattern APART = Pattern.compile("^(?:non|un|dis|in|im|anti) (.+)$");
    private static final Pattern JOINED = Pattern.compile("^(?:non|un)([a-z]{5,}(?: .+)?)$");

    private Opposites() {}

    /** The known concept the key names the opposite of, if any. */
    static Optional<String> of(String key, Lexicon lexicon) {
        for (Pattern p : new Pattern[] {APART, JOINED}) {
            Matcher m = p.matcher(key);
            if (m.matches()) {
                Optional<String> base = lexicon.node(m.group(1));
                if (base.isPresent() && !base.get().equals(key)) {
                    return base;
                }
            }
        }
        return Optional.empty();
    }
}
