package crmgraph.resolve;

import java.util.List;
import java.util.Set;

/**
 * A concept already in the graph, which new names may resolve to, with the concepts it is already
 * a kind of (IS_A links that outlive this import), so a deck does not derive those links again.
 */
public record KnownConcept(String key, String name, List<String> aliases, Set<String> kindOf) {

    public KnownConcept {
        aliases = List.copyOf(aliases);
        kindOf = Set.copyOf(kindOf);
    }

    public KnownConcept(String key, String name, List<String> aliases) {
        this(key, name, aliases, Set.of());
    }
}
