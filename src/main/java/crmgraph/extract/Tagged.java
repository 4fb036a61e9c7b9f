package crmgraph.extract;

import java.util.List;
import java.util.Locale;

/**
 * A sentence (or short text) as OpenNLP sees it: tokens with character spans, universal POS tags
 * and lemmas. {@code offset} places the sentence in the text it was cut from.
 */
record Tagged(String text, List<String> tokens, List<String> tags, List<String> lemmas, int[] starts, int[] ends, int offset) {

    Tagged at(int newOffset) {
        return new Tagged(text, tokens, tags, lemmas, starts, ends, newOffset);
    }

    int size() {
        return tokens.size();
    }

    String token(int i) {
        return tokens.get(i);
    }

    String tag(int i) {
        return tags.get(i);
    }

    String lower(int i) {
        return tokens.get(i).toLowerCase(Locale.ROOT);
    }

    /** The source text of tokens [from, to). */
    String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(starts[from], ends[to - 1]);
    }

    boolean is(int i, String... tagNames) {
        if (i < 0 || i >= size()) {
            return false;
        }
        for (String t : tagNames) {
            if (t.equals(tags.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** A noun whose lemma differs from its form: a plural. */
    boolean plural(int i) {
        return is(i, "NOUN") && !lemmas.get(i).equals(lower(i)) || is(i, "NOUN") && lower(i).endsWith("s") && !lower(i).endsWith("ss");
    }
}
