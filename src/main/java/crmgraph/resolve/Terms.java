package crmgraph.resolve;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One-word names that are terms of the course ("jockeying", "pseudonymisation", "tiering"), so a
 * definition of the deck that defines it, using it as a noun, mentions that concept. Decided from
 * the graph's own names: a card of the import must define the concept, its word be at least
 * {@value #MIN_LENGTH} letters, and the
 * word must not run through a family of other names ("brand" in "brand equity", "brand loyalty",
 * "own brand" is a common word of the course, and a mention of it says nothing).
 */
final class Terms {

    static final int MIN_LENGTH = 5;
    /** Other names a word may appear in and still be a term of its own. */
    static final int MAX_FAMILY = 2;

    private Terms() {}

    static Set<String> of(Collection<String> keys, Set<String> defined) {
        Map<String, Integer> family = new HashMap<>();
        for (String key : keys) {
            if (key.contains(" ")) {
                new HashSet<>(java.util.List.of(key.split(" "))).forEach(w -> family.merge(w, 1, Integer::sum));
            }
        }
        Set<String> terms = new HashSet<>();
        for (String key : keys) {
            if (!key.contains(" ")
                    && key.length() >= MIN_LENGTH
                    && key.chars().allMatch(Character::isLetter)
                    && defined.contains(key)
                    && family.getOrDefault(key, 0) <= MAX_FAMILY) {
                terms.add(key);
            }
        }
        return terms;
    }
}
