package crmgraph.extract;

import crmgraph.read.Card;
import crmgraph.read.ReadDeck;
import java.util.List;

/** One card extracted on its own, and what tests read from the result. */
final class OneCard {

    private OneCard() {}

    static Extraction extract(String front, String back) {
        return new CardExtractor()
                .extract(new ReadDeck("test", "lines", List.of(new Card(1, front, back, 1, 2)), List.of()));
    }

    /** "name: definition" of every concept given a definition. */
    static List<String> definitions(Extraction x) {
        return x.concepts().stream()
                .filter(ConceptFact::hasDefinition)
                .map(c -> c.name() + ": " + c.definition())
                .toList();
    }

    static List<String> names(Extraction x) {
        return x.concepts().stream().map(ConceptFact::name).distinct().toList();
    }
}
