package crmgraph.quiz;

import crmgraph.nlp.English;
import crmgraph.nlp.Token;
import crmgraph.nlp.WordForms;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Number agreement between a blank and the verb after it ("____ often demand discounts" wants a
 * plural, "____ is any employee …" a singular): options of the other number cannot fill it, so a
 * student picks the one that agrees without knowing the answer.
 */
final class Agreement {

    private static final Set<String> SINGULAR_VERBS = Set.of("is", "was", "has", "does");
    private static final Set<String> PLURAL_VERBS = Set.of("are", "were", "have", "do");

    private final English language;

    Agreement(English language) {
        this.language = language;
    }

    /**
     * Whether the verb opening {@code afterBlank} (adverbs before it skipped) wants a plural
     * subject; empty when no verb opens it or its form fits both ("can", "may", past tenses).
     */
    Optional<Boolean> wantsPlural(String afterBlank) {
        List<Token> tokens = language.tagged("They " + afterBlank.strip());
        for (Token t : tokens.subList(1, tokens.size())) {
            String word = t.text().toLowerCase(Locale.ROOT);
            if (t.tag().equals("ADV")) {
                continue;
            }
            if (SINGULAR_VERBS.contains(word)) {
                return Optional.of(false);
            }
            if (PLURAL_VERBS.contains(word)) {
                return Optional.of(true);
            }
            if (t.tag().equals("VERB") && word.equals(t.lemma()) && !word.endsWith("ed")) {
                return Optional.of(true);
            }
            if (t.tag().equals("VERB") && word.endsWith("s") && !word.endsWith("ss")) {
                return Optional.of(false);
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Names already tagged: every choice item weighs the same siblings' names again. */
    private final java.util.Map<String, Boolean> plurals = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether a name is a plural noun phrase ("Unhappy customers", not "Internal customer" or "Analysis"). */
    boolean plural(String name) {
        return plurals.computeIfAbsent(name, this::taggedPlural);
    }

    private boolean taggedPlural(String name) {
        List<Token> tokens = language.tagged(name);
        if (tokens.isEmpty()) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        String word = last.text().toLowerCase(Locale.ROOT);
        return last.isNoun() && word.endsWith("s") && !WordForms.singular(word).equals(word);
    }
}
