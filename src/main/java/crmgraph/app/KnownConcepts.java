package crmgraph.app;

import crmgraph.resolve.KnownConcept;
import crmgraph.resolve.ResolvedConcept;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The concepts of the graph as an import proceeds: what was there, plus what each deck wrote. */
final class KnownConcepts {

    private final Map<String, KnownConcept> byKey = new LinkedHashMap<>();

    KnownConcepts(List<KnownConcept> initial) {
        initial.forEach(c -> byKey.put(c.key(), c));
    }

    void add(List<ResolvedConcept> written) {
        written.forEach(c -> byKey.put(c.key(), new KnownConcept(c.key(), c.name(), c.aliases())));
    }

    Collection<KnownConcept> all() {
        return byKey.values();
    }
}
