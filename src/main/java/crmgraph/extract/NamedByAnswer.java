package crmgraph.extract;

import crmgraph.Regex;
import crmgraph.RelationType;

/**
 * Prompts that describe and ask for the name ("… is called:", "Which term refers to …?", "Which
 * type of CRM focuses on …?"): the answer is the concept and the description its definition; where
 * the prompt asks for a kind of X, the concept is a kind of X. An answer that is no name (a
 * sentence, a list) gives nothing.
 */
final class NamedByAnswer {

    private static final int MAX_NAME_WORDS = 7;

    private NamedByAnswer() {}

    static boolean names(String answer) {
        String a = answer.strip();
        return !a.isEmpty()
                && !a.contains("\n")
                && Names.words(a) <= MAX_NAME_WORDS
                && !a.endsWith("?")
                && !(a.endsWith(".") && Names.words(a) > 3);
    }

    static void read(Prompt prompt, String answer, int card, Facts facts) {
        if (!names(answer)) {
            return;
        }
        java.util.Optional<Names.Synonym> synonym = Names.synonym(Names.normalise(answer.strip()));
        String term = synonym.map(Names.Synonym::name).orElse(Names.clean(answer));
        String description = Regex.replaceAll(prompt.name().strip(), "[\\s:?]+$", "");
        facts.concept(
                term,
                synonym.map(n -> java.util.List.of(n.alias())).orElse(java.util.List.of()),
                Names.cleanDefinition(Names.capitalised(description)),
                card);
        if (prompt.whole() != null && !prompt.whole().isBlank()) {
            facts.concept(prompt.whole(), null, card);
            facts.relation(RelationType.IS_A, term, prompt.whole(), null, "type", card);
        }
    }
}
