package crmgraph.extract;

import java.util.List;

/**
 * Everything extracted from one deck, and the definitions' words for finding mentions across decks.
 *
 * @param warnings the cards whose extraction failed part way, each naming its card and line, for the import report
 */
public record Extraction(
        List<ConceptFact> concepts,
        List<RelationFact> relations,
        List<MentionSource> mentionSources,
        List<String> warnings) {

    public Extraction {
        concepts = List.copyOf(concepts);
        relations = List.copyOf(relations);
        mentionSources = List.copyOf(mentionSources);
        warnings = List.copyOf(warnings);
    }

    public Extraction(List<ConceptFact> concepts, List<RelationFact> relations, List<MentionSource> mentionSources) {
        this(concepts, relations, mentionSources, List.of());
    }

    public Extraction(List<ConceptFact> concepts, List<RelationFact> relations) {
        this(concepts, relations, List.of());
    }
}
