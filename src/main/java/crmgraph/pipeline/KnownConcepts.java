package crmgraph.pipeline;

import crmgraph.RelationType;
import crmgraph.resolve.KnownConcept;
import crmgraph.resolve.ResolvedConcept;
import crmgraph.resolve.ResolvedDeck;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The concepts of the graph as an import proceeds: what was there, plus what each deck wrote. */
final class KnownConcepts {

    private final Map<String, KnownConcept> byKey = new LinkedHashMap<>();

    KnownConcepts(List<KnownConcept> initial) {
        initial.forEach(c -> byKey.put(c.key(), c));
    }

    void add(ResolvedDeck written) {
        Map<String, Set<String>> kinds = new HashMap<>();
        written.relations().stream()
                .filter(r -> r.type() == RelationType.IS_A)
                .forEach(r ->
                        kinds.computeIfAbsent(r.from(), k -> new HashSet<>()).add(r.to()));
        Map<String, List<ResolvedDeck.Relation>> parts = new HashMap<>();
        written.relations().stream()
                .filter(r -> r.type() == RelationType.HAS_PART)
                .forEach(r ->
                        parts.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r));
        for (ResolvedConcept c : written.concepts()) {
            Set<String> kindOf = new HashSet<>(kinds.getOrDefault(c.key(), Set.of()));
            KnownConcept before = byKey.get(c.key());
            if (before != null) {
                kindOf.addAll(before.kindOf());
            }
            List<ResolvedDeck.Relation> deckParts = parts.getOrDefault(c.key(), List.of());
            List<String> partKeys = deckParts.isEmpty() && before != null ? before.parts() : inOrder(deckParts);
            boolean ordered = deckParts.isEmpty() && before != null
                    ? before.partsOrdered()
                    : deckParts.stream().anyMatch(r -> r.order() != null);
            byKey.put(c.key(), new KnownConcept(c.key(), c.name(), c.aliases(), kindOf, partKeys, ordered));
        }
    }

    /** Part keys by their position in the list, unnumbered parts last. */
    private static List<String> inOrder(List<ResolvedDeck.Relation> parts) {
        return parts.stream()
                .sorted(Comparator.comparing(
                        (ResolvedDeck.Relation r) -> r.order() == null ? Integer.MAX_VALUE : r.order()))
                .map(ResolvedDeck.Relation::to)
                .distinct()
                .toList();
    }

    Collection<KnownConcept> all() {
        return byKey.values();
    }
}
