package crmgraph.resolve;

import crmgraph.nlp.Acronym;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;

/**
 * Picks the display name of a concept among the surface forms its cards used: never an acronym
 * when the expansion is known, then the most frequent, then the best formed (not all lower case,
 * not all upper case), then the first seen.
 */
final class DisplayName {

    private DisplayName() {}

    static String choose(Map<String, Integer> forms, Set<String> acronyms) {
        return forms.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(
                                e -> writtenAsAcronym(e.getKey(), acronyms) ? 1 : 0)
                        .thenComparing(e -> -e.getValue())
                        .thenComparingInt(e -> shapePenalty(e.getKey())))
                .map(Map.Entry::getKey)
                .orElseThrow();
    }

    /** Whether a form is one of the concept's acronyms, or written as an acronym. */
    private static boolean writtenAsAcronym(String form, Set<String> acronyms) {
        return acronyms.contains(form) || Acronym.isAcronym(form);
    }

    private static int shapePenalty(String form) {
        boolean allLower = form.equals(form.toLowerCase());
        boolean allUpper = form.equals(form.toUpperCase());
        return (allLower ? 1 : 0) + (allUpper ? 2 : 0);
    }
}
