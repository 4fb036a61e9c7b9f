package crmgraph.resolve;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every name and alias of every node, by its key words, so later rules (kinds, mentions) can ask
 * "which node is called this?". A name shared by two nodes (an ambiguous acronym) is left out.
 */
final class Lexicon {

    private final Map<String, String> nodeByKey = new HashMap<>();
    private final Map<String, Boolean> ambiguous = new HashMap<>();

    Lexicon(Collection<ResolvedConcept> nodes) {
        for (ResolvedConcept node : nodes) {
            add(node.key(), node);
            add(Keys.key(node.name()), node);
            node.aliases().forEach(a -> add(Keys.key(a), node));
        }
    }

    private void add(String key, ResolvedConcept node) {
        if (key.isEmpty()) {
            return;
        }
        String before = nodeByKey.putIfAbsent(key, node.key());
        if (before != null && !before.equals(node.key())) {
            ambiguous.put(key, true);
        }
    }

    /** The node a key names, if exactly one does. */
    Optional<String> node(String key) {
        return ambiguous.containsKey(key) ? Optional.empty() : Optional.ofNullable(nodeByKey.get(key));
    }

    /** Every unambiguous key, as word lists, for phrase matching. */
    Map<List<String>, String> phrases() {
        Map<List<String>, String> out = new HashMap<>();
        nodeByKey.forEach((k, v) -> {
            if (!ambiguous.containsKey(k)) {
                out.put(List.of(k.split(" ")), v);
            }
        });
        return out;
    }
}
