package crmgraph.resolve;

import java.util.List;

/** One node of the graph: its unique key, stable id, display name and aliases. */
public record ResolvedConcept(String key, String id, String name, List<String> aliases) {

    public ResolvedConcept {
        aliases = List.copyOf(aliases);
    }
}
