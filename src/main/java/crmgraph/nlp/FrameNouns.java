package crmgraph.nlp;

import java.util.Set;

/**
 * Nouns that frame a concept rather than name a kind of thing: "the role of X", "the idea that …",
 * "the concept of X". A prompt's frame is no part of the concept's name, and a definition opening
 * "the idea that …" says nothing of what kind of thing its concept is.
 */
public final class FrameNouns {

    /** The frame nouns, as a regular-expression alternation for patterns that need them. */
    public static final String ALTERNATION =
            "role|purpose|question|concept|meaning|definition|idea|importance|function|aim|goal|objective|significance|nature|notion";

    private static final Set<String> NOUNS = Set.of(ALTERNATION.split("\\|"));

    private FrameNouns() {}

    /** Whether a lower-case word is a frame noun. */
    public static boolean is(String word) {
        return NOUNS.contains(word);
    }
}
