package crmgraph.extract;

import java.util.List;

/**
 * A definition as the resolver needs it to find mentions of other concepts: its words, each as
 * written and as lemma (lower case), so names are matched on lemmas and whole words only.
 */
public record MentionSource(String concept, int card, List<String> tokens, List<String> lemmas, List<String> tags) {

    public MentionSource {
        tokens = List.copyOf(tokens);
        lemmas = List.copyOf(lemmas);
        tags = List.copyOf(tags);
    }

    /** A definition without part-of-speech tags: mentions are found, relation phrases are not. */
    public MentionSource(String concept, int card, List<String> tokens, List<String> lemmas) {
        this(concept, card, tokens, lemmas, List.of());
    }
}
