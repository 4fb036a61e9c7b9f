package crmgraph.extract;

import java.util.List;

/**
 * A concept as one card names it, with the aliases it gives (acronyms) and its definition there,
 * if any. {@code card} is the card's ordinal in its deck.
 */
public record ConceptFact(String name, List<String> aliases, String definition, int card) {

    public ConceptFact {
        aliases = List.copyOf(aliases);
    }

    public boolean hasDefinition() {
        return definition != null && !definition.isBlank();
    }
}
