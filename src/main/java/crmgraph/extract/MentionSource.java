package crmgraph.extract;

import java.util.List;

/**
 * A definition as the resolver needs it to find mentions of other concepts: its words, each as
 * written and as lemma (lower case), so names are matched on lemmas and whole words only.
 */
public record MentionSource(String concept, int card, List<String> tokens, List<String> lemmas) {

    public MentionSource {
        tokens = List.copyOf(tokens);
        lemmas = List.copyOf(lemmas);
    }
}
