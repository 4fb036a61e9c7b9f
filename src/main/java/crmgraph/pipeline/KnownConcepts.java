package crmgraph.pipeline;

import crmgraph.RelationType;
import crmgraph.resolve.KnownConcept;
import crmgraph.resolve.ResolvedConcept;
import crmgraph.resolve.ResolvedDeck;
import java.util.Collection;
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
        for (ResolvedConcept c : written.concepts()) {
            Set<String> kindOf = new HashSet<>(kinds.getOrDefault(c.key(), Set.of()));
            KnownConcept before = byKey.get(c.key());
            if (before != null) {
                kindOf.addAll(before.kindOf());
            }
            byKey.put(c.key(), new KnownConcept(c.key(), c.name(), c.aliases(), kindOf));
        }
    }

    Collection<KnownConcept> all() {
        return byKey.values();
    }
}
