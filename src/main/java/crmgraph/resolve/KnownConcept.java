package crmgraph.resolve;

import java.util.List;

/** A concept already in the graph, which new names may resolve to. */
public record KnownConcept(String key, String name, List<String> aliases) {

    public KnownConcept {
        aliases = List.copyOf(aliases);
    }
}
