package crmgraph.extract;

import crmgraph.Regex;
import crmgraph.nlp.Acronym;
import crmgraph.read.ReadDeck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Acronyms without their expansion next to them: "CR" in a deck that names "customer
 * relationships" is that concept when no other name of the deck has those initials as often;
 * and an acronym spelled by the initials of a list's members ("IDIC": Identify, Differentiate,
 * Interact, Customize) names that list's model; a mnemonic fixes letters, not an order, so the
 * members are in order only where {@link Sequence} finds a sequence (actions, as here).
 */
final class Acronyms {

    private Acronyms() {}

    static void inferFromInitials(ReadDeck deck, Facts facts) {
        Set<String> expanded = new LinkedHashSet<>();
        facts.concepts().forEach(c -> expanded.addAll(c.aliases()));
        Map<String, Integer> firstCard = new LinkedHashMap<>();
        for (var card : deck.cards()) {
            for (String acronym : Acronym.in(Names.normalise(card.front() + " " + card.back()))) {
                firstCard.putIfAbsent(acronym, card.ordinal());
            }
        }
        List<String> names = facts.concepts().stream()
                .map(ConceptFact::name)
                .filter(n -> Names.words(n) >= 2)
                .distinct()
                .toList();
        for (var e : firstCard.entrySet()) {
            String acronym = e.getKey();
            if (expanded.contains(acronym)
                    || names.stream().anyMatch(n -> n.equals(acronym))
                            && names.stream()
                                    .noneMatch(n -> Names.initials(n).equals(acronym.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            List<String> candidates = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (String n : names) {
                String folded = Regex.replaceAll(n.toLowerCase(Locale.ROOT), "s$", "");
                if (Names.initials(n).equals(acronym.toLowerCase(Locale.ROOT)) && seen.add(folded)) {
                    candidates.add(n);
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            Map<String, Integer> counts = CardExtractor.phraseCounts(deck, candidates);
            String best = candidates.stream()
                    .max(Comparator.comparingInt((String c) -> counts.get(c))
                            .thenComparing(c -> -candidates.indexOf(c)))
                    .orElseThrow();
            long top = candidates.stream()
                    .filter(c -> counts.get(c).equals(counts.get(best)))
                    .count();
            if (top == 1 || candidates.indexOf(best) == 0) {
                facts.concept(best, List.of(acronym), null, e.getValue());
            }
        }
    }

    /** True (and the acronym made an alias of the owner) when an acronym in the text is spelled by the members' initials. */
    static boolean spelledBy(String text, List<ListItem> members, int card, String owner, Facts facts) {
        StringBuilder initials = new StringBuilder();
        for (ListItem m : members) {
            String n = Names.clean(m.name());
            if (n.isEmpty()) {
                return false;
            }
            initials.append(Character.toLowerCase(n.charAt(0)));
        }
        for (String acronym : Acronym.in(text)) {
            if (acronym.toLowerCase(Locale.ROOT).contentEquals(initials)) {
                if (!owner.equals(acronym) && !owner.toUpperCase(Locale.ROOT).contains(acronym)) {
                    facts.concept(owner, List.of(acronym), null, card);
                }
                return true;
            }
        }
        return false;
    }
}
