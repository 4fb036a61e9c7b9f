package crmgraph.resolve;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Subtypes by their head noun: a node whose name ends with another node's name is a kind of it
 * ("operational CRM" is a "CRM", "normative customer experience" a "customer experience");
 * "X plus" or "X 2.0" is a kind of X. Only words before the known name may modify it: a name with
 * "of" or another clause word before it ("Stage 1 of the CRM cycle") has its head before that word
 * and is left alone, while a known name with "of" inside may be modified ("first moment of truth"
 * is a kind of "moment of truth"); "to" between a word and itself ("customer-to-customer
 * interaction") joins a modifier, no clause. A comparison ("technical vs. functional quality") and a thing
 * placed before or after another ("pre-KAM", "post-purchase evaluation") are no kinds of it, nor
 * is none of it ("zero defections") or an activity done to it ("retaining loyal customers").
 */
final class Kinds {

    private static final Set<String> VARIANT_MARKS = Set.of("plus", "+", "ii", "iii", "2.0", "extended", "revisited");

    static final Pattern CLAUSE =
            Pattern.compile("\\b(of|that|which|who|to|for|by|with|in|on|from|and|or|vs|versus)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** "non-monetary cost", "zero defections": none of the thing, so no kind of it. */
    static final Pattern NEGATION = Pattern.compile("non|not|no|un|anti|pseudo|zero");
    /** A prefix placing a thing before or after another ("pre-purchase", "post-KAM"), not a kind of it. */
    private static final Pattern BEFORE_AFTER = Pattern.compile("pre|post");

    private Kinds() {}

    private static boolean zeroBeforeSingular(String first, String name) {
        if (!first.equals("zero") || name == null) {
            return false;
        }
        String[] written = name.strip().toLowerCase(java.util.Locale.ROOT).split("[\\s-]+");
        return written.length > 1 && !(written[1].endsWith("s") && !written[1].endsWith("ss"));
    }

    /** "customer to customer", "peer to peer", "face to face": a compound modifier, no clause. */
    private static boolean samePairs(String[] w, int to) {
        return w[to].equals("to") && to >= 1 && to + 1 < w.length && w[to - 1].equals(w[to + 1]);
    }

    static Optional<String> supertype(String key, Lexicon lexicon) {
        return supertype(key, null, lexicon);
    }

    /**
     * As {@link #supertype(String, Lexicon)}, with the name as written: "zero" negates a plural
     * ("zero defections": none of them) but names a thing before a singular ("zero moment of truth",
     * a moment of truth), which the key, folding plurals, cannot tell apart.
     */
    static Optional<String> supertype(String key, String name, Lexicon lexicon) {
        String[] w = key.split(" ");
        if (w.length < 2 || NUMBER.matcher(w[w.length - 1]).matches()) {
            return Optional.empty();
        }
        if (VARIANT_MARKS.contains(w[w.length - 1]) && !CLAUSE.matcher(key).find()) {
            Optional<String> base = lexicon.node(String.join(" ", java.util.Arrays.copyOfRange(w, 0, w.length - 1)));
            if (base.isPresent() && !base.get().equals(key)) {
                return base;
            }
        }
        for (int i = 1; i < w.length; i++) {
            if (CLAUSE.matcher(w[i - 1]).matches() && !samePairs(w, i - 1)) {
                // the modifier holds a clause: the name's head is before it ("Stage 1 of the CRM cycle")
                return Optional.empty();
            }
            String suffix = String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length));
            Optional<String> node = lexicon.node(suffix);
            // "non-monetary cost" is no cost of a kind, "pre-KAM" no KAM: it comes before it
            boolean negated = i == 1
                    && (NEGATION.matcher(w[0]).matches() && !zeroBeforeSingular(w[0], name)
                            || BEFORE_AFTER.matcher(w[0]).matches());
            // "retaining loyal customers" is an activity whose object is customers, no kind of them
            boolean activity = i >= 2 && w[0].endsWith("ing") && !w[1].endsWith("ing");
            if (node.isPresent() && !node.get().equals(key) && !negated && !activity) {
                return node;
            }
        }
        return Optional.empty();
    }
}
