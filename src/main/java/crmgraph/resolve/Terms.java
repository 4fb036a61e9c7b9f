package crmgraph.resolve;

import crmgraph.extract.MentionSource;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One-word names that are terms of the course ("jockeying", "pseudonymisation", "tiering"), so a
 * definition using it as a noun mentions that concept. Decided from the graph's own names and
 * definitions: a card of the import must define the concept, and its word be at least
 * {@value #MIN_LENGTH} letters. Then either
 * <ul>
 *   <li>the word is rare across the import's definitions (at most {@value #RARE_SHARE} of them use
 *       it): such a word is the term wherever it appears ("queue", "churn"), while a word many
 *       definitions use ("service", "people") is the everyday word and a mention of it says
 *       nothing; or
 *   <li>the word does not run through a family of other names ("brand" in "brand equity", "brand
 *       loyalty", "own brand" is a common word of the course): it is a term of the deck that
 *       defines it only ({@link #local}), as elsewhere the same word is as often the everyday one.
 * </ul>
 * Rarity needs many definitions to mean anything: in a small import every word used at all is
 * above the share, and only the deck rule applies. A name written in capitals (an acronym) is no
 * term: it is found wherever it is written in capitals.
 */
final class Terms {

    static final int MIN_LENGTH = 5;
    /** Other names a word may appear in and still be a term of its own. */
    static final int MAX_FAMILY = 2;
    /** The largest share of definitions that may use a word found as a term everywhere. */
    static final double RARE_SHARE = 0.02;

    private final Set<String> all;
    private final Set<String> local;

    private Terms(Set<String> all, Set<String> local) {
        this.all = Set.copyOf(all);
        this.local = Set.copyOf(local);
    }

    /** Every term, found in any deck or in its own deck only. */
    Set<String> all() {
        return all;
    }

    /** Whether a definition of a deck that does not define the term may not mention it. */
    boolean local(String term) {
        return local.contains(term);
    }

    /** Terms by the family rule alone (no definitions to judge rarity by). */
    static Set<String> of(Collection<String> keys, Set<String> defined) {
        return of(keys, defined, Set.of(), java.util.List.of()).all();
    }

    static Terms of(
            Collection<String> keys, Set<String> defined, Set<String> acronyms, Collection<MentionSource> definitions) {
        Map<String, Integer> family = new HashMap<>();
        for (String key : keys) {
            if (key.contains(" ")) {
                new HashSet<>(java.util.List.of(key.split(" "))).forEach(w -> family.merge(w, 1, Integer::sum));
            }
        }
        Set<String> candidates = new HashSet<>();
        for (String key : keys) {
            if (!key.contains(" ")
                    && key.length() >= MIN_LENGTH
                    && key.chars().allMatch(Character::isLetter)
                    && defined.contains(key)
                    && !acronyms.contains(key)) {
                candidates.add(key);
            }
        }
        Map<String, Integer> uses = uses(candidates, definitions);
        Set<String> all = new HashSet<>();
        Set<String> local = new HashSet<>();
        for (String key : candidates) {
            boolean rare = !definitions.isEmpty() && uses.getOrDefault(key, 0) <= RARE_SHARE * definitions.size();
            if (rare) {
                all.add(key);
            } else if (family.getOrDefault(key, 0) <= MAX_FAMILY) {
                all.add(key);
                local.add(key);
            }
        }
        return new Terms(all, local);
    }

    /** How many definitions use each candidate word (as written or as its lemma). */
    private static Map<String, Integer> uses(Set<String> candidates, Collection<MentionSource> definitions) {
        Map<String, Integer> uses = new HashMap<>();
        for (MentionSource d : definitions) {
            Set<String> words = new HashSet<>();
            for (int i = 0; i < d.tokens().size(); i++) {
                words.add(Keys.key(d.tokens().get(i)));
                words.add(Keys.key(d.lemmas().get(i)));
            }
            words.retainAll(candidates);
            words.forEach(w -> uses.merge(w, 1, Integer::sum));
        }
        return uses;
    }
}
