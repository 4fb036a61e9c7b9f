package crmgraph.extract;

/**
 * What a card's prompt asks, reduced to the concept it is about.
 *
 * @param kind   the shape of the question
 * @param name   the concept named (the defined term, the list's owner, the supertype of "types of X")
 * @param whole  for "Stage N of the X": X; for "Which type of X …": X; otherwise null
 * @param order  for "Stage N of the X": N; otherwise null
 */
record Prompt(Kind kind, String name, String whole, Integer order) {

    enum Kind {
        /** "What is X?", "Define X", "X (def)", a bare term: the answer defines X. */
        DEFINE,
        /** "What types of X are there?": the answer lists kinds of X. */
        TYPES,
        /** "What are the sources of X?", "What motivations are X driven by?": the answer lists parts of the named list. */
        LIST,
        /** "Define Stage 2 of the X": a part of X, in order. */
        PART,
        /** Any other question about X: no definition. */
        ABOUT,
        /** A sentence or paragraph leading into its answer. */
        LEAD_IN,
        /**
         * "… is called:", "Which term refers to …?", "Which type of X …?": the prompt describes
         * ({@code name} holds the description) and the answer names it; {@code whole} is the
         * supertype X where the prompt asks for a kind.
         */
        NAMED_BY_ANSWER
    }

    static Prompt of(Kind kind, String name) {
        return new Prompt(kind, name, null, null);
    }
}
