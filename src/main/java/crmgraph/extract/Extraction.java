package crmgraph.extract;

import java.util.List;

/** Everything extracted from one deck, and the definitions' words for finding mentions across decks. */
public record Extraction(List<ConceptFact> concepts, List<RelationFact> relations, List<MentionSource> mentionSources) {

    public Extraction {
        concepts = List.copyOf(concepts);
        relations = List.copyOf(relations);
        mentionSources = List.copyOf(mentionSources);
    }

    public Extraction(List<ConceptFact> concepts, List<RelationFact> relations) {
        this(concepts, relations, List.of());
    }
}
