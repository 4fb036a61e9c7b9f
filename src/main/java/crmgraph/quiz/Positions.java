package crmgraph.quiz;

import crmgraph.graph.StudyMaterial.Concept;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Members named by their position in a list ("Stage 2 of the CRM cycle", "Step 3"): their name
 * says where they go, so an order or list item shows them by their content instead, or is not made.
 */
final class Positions {

    /** Content longer than this is a paragraph, not an option to put in order. */
    static final int MAX_CONTENT_WORDS = 10;

    private static final Pattern NUMBER = Pattern.compile("\\b\\d+(?:st|nd|rd|th)?\\b");

    private Positions() {}

    /** Whether a name holds a number, which in a list is its position. */
    static boolean named(String name) {
        return NUMBER.matcher(name).find();
    }

    /**
     * How a member is shown in an order item: its name, or for a member named by its position, its
     * first short definition that holds no number and no separator of a typed sequence; empty when
     * it has none.
     */
    static Optional<String> shown(Concept member) {
        if (!named(member.name())) {
            return Optional.of(member.name());
        }
        return member.definitions().stream()
                .map(d -> DefinitionText.of(d.text()).replaceAll("[.;]+$", ""))
                .filter(t -> !t.isEmpty()
                        && DefinitionText.words(t) <= MAX_CONTENT_WORDS
                        && !named(t)
                        && !t.matches(".*[,;\u2192>].*"))
                .findFirst();
    }
}
