package crmgraph.resolve;

import java.util.List;
import java.util.Set;

/**
 * A concept already in the graph, which new names may resolve to, with the concepts it is already
 * a kind of (IS_A links that outlive this import), so a deck does not derive those links again,
 * and its parts (keys, in order when {@code partsOrdered}), so a list of this import can be found
 * to be the same model under another name.
 */
public record KnownConcept(
        String key, String name, List<String> aliases, Set<String> kindOf, List<String> parts, boolean partsOrdered) {

    public KnownConcept {
        aliases = List.copyOf(aliases);
        kindOf = Set.copyOf(kindOf);
        parts = List.copyOf(parts);
    }

    public KnownConcept(String key, String name, List<String> aliases, Set<String> kindOf) {
        this(key, name, aliases, kindOf, List.of(), false);
    }

    public KnownConcept(String key, String name, List<String> aliases) {
        this(key, name, aliases, Set.of());
    }
}
