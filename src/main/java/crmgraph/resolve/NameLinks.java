package crmgraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The known concepts a concept's own name is built on, besides the one it is a kind of: "churn
 * model" and "churn indicators" are about churn, "criticism of loyalty programmes" is about loyalty
 * programmes. Names are read as definitions are ({@link Mentions}): names of two or more words,
 * acronyms, and one-word {@link Terms}; the longest known name first, from the left. The last words
 * of a name without "of" (or another clause word) are its head: a known name there is the concept's
 * kind ({@link Kinds}) or, refused as one ("non-participant observation"), no link at all.
 */
final class NameLinks {

    private final Lexicon lexicon;
    private final Set<String> terms;
    private final Set<String> acronyms;

    NameLinks(Lexicon lexicon, Set<String> terms, Set<String> acronyms) {
        this.lexicon = lexicon;
        this.terms = terms;
        this.acronyms = acronyms;
    }

    /** The keys of the known concepts named inside the name {@code name} (key {@code key}), in order. */
    List<String> in(String key, String name) {
        String[] w = key.split(" ");
        Set<String> capitals = capitalWords(name);
        List<String> found = new ArrayList<>();
        boolean afterClause = false;
        int i = 0;
        while (i < w.length - (afterClause ? 0 : 1)) {
            int matched = 0;
            // After "of" ("criticism of loyalty programmes") the head is behind: the last words may be named too.
            int last = afterClause ? w.length : w.length - 1;
            // "non-monetary costs" are no monetary ones
            boolean negated = i > 0 && Kinds.NEGATION.matcher(w[i - 1]).matches();
            for (int j = last; j > i && matched == 0 && !negated; j--) {
                Optional<String> node = node(w, i, j, capitals);
                if (node.isPresent() && !node.get().equals(key)) {
                    if (!found.contains(node.get())) {
                        found.add(node.get());
                    }
                    matched = j - i;
                }
            }
            for (int k = i; k < i + Math.max(1, matched); k++) {
                afterClause |= Kinds.CLAUSE.matcher(w[k]).matches();
            }
            i += Math.max(1, matched);
        }
        return found;
    }

    private static Set<String> capitalWords(String name) {
        Set<String> out = new java.util.HashSet<>();
        for (String word : name.split("[^\\p{L}\\p{N}&]+")) {
            if (crmgraph.nlp.Acronym.isAcronym(word)) {
                out.add(Keys.key(word));
            }
        }
        return out;
    }

    /**
     * The node words {@code from} (inclusive) to {@code to} (exclusive) name, if worth finding: an
     * acronym only where the name writes it in capitals ("IT" but not "it").
     */
    private Optional<String> node(String[] w, int from, int to, Set<String> capitals) {
        boolean worthFinding =
                to - from > 1 || terms.contains(w[from]) || acronyms.contains(w[from]) && capitals.contains(w[from]);
        if (!worthFinding) {
            return Optional.empty();
        }
        return lexicon.node(String.join(" ", Arrays.copyOfRange(w, from, to)));
    }
}
