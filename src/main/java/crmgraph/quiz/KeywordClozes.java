package crmgraph.quiz;

import crmgraph.graph.StudyMaterial.Concept;
import crmgraph.graph.StudyMaterial.Definition;
import crmgraph.nlp.English;
import crmgraph.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keyword cloze: a proper name a definition holds ("Reichheld", "GDPR") blanked; the noun phrases
 * are found by POS (adjectives and nouns ending in a noun). Never a stop word, a number, or a word
 * so common in the decks that blanking it tests nothing; {@link Blanks} says what else may not be
 * blanked.
 *
 * <p>A known concept the definition merely names is no longer blanked. Judged by a lecturer over
 * four samples, those blanks were bad in eight of thirteen (and all four of the last two samples):
 * a concept named in passing is a setting ("In a ____, first contact resolution measures …"), a
 * collocation ("production and/or ____"), one item of an open list of costs, or a word with many
 * right fillers ("backs a ____"), because the definition is about another concept. A proper name
 * was judged good each time it was blanked: it is the one name a student must recall. Where no
 * proper name is left, the definition gives a term cloze or a choice instead.
 */
final class KeywordClozes {

    private static final Set<String> PHRASE_TAGS = Set.of("ADJ", "NOUN", "PROPN");
    private static final int MAX_PHRASE = 3;

    private final English language;
    private final StudyIndex index;
    private final Blanks blanks;

    KeywordClozes(English language, StudyIndex index) {
        this.language = language;
        this.index = index;
        this.blanks = new Blanks(index);
    }

    private record Candidate(int start, int end, double score, Concept known) {}

    Optional<KeywordCloze> of(Concept concept, Definition definition, Forms termForms) {
        String text = DefinitionText.of(definition.text());
        // Only a proper name ("Reichheld") is blanked, a known concept's name among them: blanks on the
        // rarest other noun phrase ("side", "unit", "deliberate effort") and on concepts named in passing
        // were mostly judged bad (see the class comment).
        List<Candidate> candidates = new ArrayList<>();
        knownConcepts(concept, text).stream().filter(c -> properName(text, c)).forEach(candidates::add);
        nounPhrases(text).stream().filter(c -> properName(text, c)).forEach(candidates::add);
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::start));
        String context = concept.name() + ": ";
        List<Token> tokens = language.tagged(Sentences.lowerFirst(text));
        for (Candidate c : candidates) {
            if (blanks.unfit(concept, text, tokens, new Blanks.Span(c.start(), c.end(), c.known()))
                    .isPresent()) {
                continue;
            }
            String answer = text.substring(c.start(), c.end());
            Forms answerForms = Forms.of(accepted(answer, c.known()));
            String prompt = context + text.substring(0, c.start()) + QuizItem.BLANK + text.substring(c.end());
            if (answerForms.isEmpty() || answerForms.occursIn(prompt) || termForms.occursIn(answer)) {
                continue;
            }
            // The expected answer as most decks spell it; the definition's own spelling is accepted too.
            String expected = index.bestSpelling(answer);
            List<String> others = java.util.stream.Stream.concat(
                            accepted(answer, c.known()).stream(), java.util.stream.Stream.of(answer))
                    .filter(a -> !a.equals(expected))
                    .distinct()
                    .toList();
            // The id names the definition, not the chosen blank: a blank may move when other concepts are
            // imported, and an item a learner was shown must stay the same item.
            String id = Ids.of('k', concept.id(), definition.card(), definition.text());
            return Optional.of(new KeywordCloze(
                    id,
                    prompt,
                    new AnswerKey(expected, others, List.of()),
                    new QuizItem.Source(
                            concept.id(), concept.name(), concept.id(), definition.card(), definition.deck())));
        }
        return Optional.empty();
    }

    private static List<String> accepted(String answer, Concept known) {
        List<String> all = new ArrayList<>();
        all.add(answer);
        if (known != null) {
            StudyIndex.names(known).stream()
                    .filter(n -> !Words.normal(n).equals(Words.normal(answer)))
                    .forEach(all::add);
        }
        return all;
    }

    /** Other concepts named in the definition: the best blanks, they are what the graph links. */
    private List<Candidate> knownConcepts(Concept concept, String text) {
        List<Candidate> out = new ArrayList<>();
        for (StudyIndex.Mention m : index.mentions(text)) {
            String surface = text.substring(m.start(), m.end());
            if (!m.concept().id().equals(concept.id()) && testable(Words.spans(surface))) {
                out.add(new Candidate(m.start(), m.end(), 100 + surface.length(), m.concept()));
            }
        }
        return out;
    }

    /** Every word capitalised, and not merely because it opens the definition. */
    private static boolean properName(String text, Candidate c) {
        String span = text.substring(c.start(), c.end());
        return c.start() > 0
                && java.util.Arrays.stream(span.split("[\\s-]+"))
                        .allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
    }

    /** Runs of adjectives and nouns ending in a noun, at most three words, scored by rarity. */
    private List<Candidate> nounPhrases(String text) {
        List<Token> tokens = language.tagged(Sentences.lowerFirst(text));
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && (PHRASE_TAGS.contains(tokens.get(j).tag()) || joinsNouns(tokens, j, i))) {
                j++;
            }
            int end = j;
            while (end > i && !tokens.get(end - 1).isNoun()) {
                end--;
            }
            if (end > i) {
                int start = Math.max(i, end - MAX_PHRASE);
                while (start < end
                        && (!PHRASE_TAGS.contains(tokens.get(start).tag()) || verbLike(tokens, start, text))) {
                    start++;
                }
                if (start < end && !followedByDeterminer(tokens, end)) {
                    candidate(
                                    text,
                                    tokens.get(start).start(),
                                    tokens.get(end - 1).end())
                            .ifPresent(out::add);
                }
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /**
     * A word the tagger called a noun or adjective that is a verb in fact: right after infinitival
     * "to" ("to improve decisions"), or opening an imperative definition ("Rank buyers by …").
     */
    private boolean verbLike(List<Token> tokens, int i, String text) {
        if (i > 0 && tokens.get(i - 1).lemma().equals("to")) {
            // "to" is a preposition too ("to customers"): only a word that reads as a verb in a clause of its own
            // counts.
            return language.tagged("we " + tokens.get(i).text() + " it")
                    .get(1)
                    .tag()
                    .equals("VERB");
        }
        return i == 0
                && language.tagged("you " + Sentences.lowerFirst(text))
                        .get(1)
                        .tag()
                        .equals("VERB");
    }

    /** A "noun" right before a determiner is a verb the tagger missed ("one party notices the other"). */
    private static boolean followedByDeterminer(List<Token> tokens, int end) {
        return end < tokens.size() && tokens.get(end).tag().equals("DET");
    }

    /** A hyphen between two phrase words ("customer-facing") keeps the phrase together. */
    private static boolean joinsNouns(List<Token> tokens, int j, int runStart) {
        return j > runStart
                && j + 1 < tokens.size()
                && tokens.get(j).text().equals("-")
                && PHRASE_TAGS.contains(tokens.get(j + 1).tag());
    }

    private Optional<Candidate> candidate(String text, int from, int end) {
        int start = from;
        while (start > 1 && text.charAt(start - 1) == '-' && Character.isLetterOrDigit(text.charAt(start - 2))) {
            start -= 2;
            while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                start--;
            }
        }
        if (end < text.length() && text.charAt(end) == '-') {
            return Optional.empty();
        }
        List<Words.Span> words = Words.spans(text.substring(start, end));
        if (!testable(words)) {
            return Optional.empty();
        }
        double rarest =
                words.stream().mapToDouble(w -> index.rarity(w.key())).max().orElse(0);
        double bonus = words.size() > 1 ? 0.3 : 0;
        return Optional.of(new Candidate(start, end, rarest + bonus, null));
    }

    private boolean testable(List<Words.Span> words) {
        if (words.isEmpty() || words.stream().anyMatch(w -> Words.STOP.contains(w.key()))) {
            return false;
        }
        boolean substantial = words.stream().anyMatch(w -> w.key().length() >= 4 && !Words.hasDigit(w.key()));
        boolean allCommon = words.stream().allMatch(w -> index.common(w.key()));
        return substantial && !allCommon;
    }
}
