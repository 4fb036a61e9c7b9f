package crmgraph.resolve;

import crmgraph.extract.MentionSource;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The relation a definition states between its concept and a concept it mentions, in words, after
 * ReVerb (Fader et al., 2011): a verb, or a verb with nouns, adjectives or adverbs and a
 * preposition ("measures", "leads to", "is part of", "is used by"), standing right before the
 * mentioned name. A phrase is taken only where the definition's own concept is the verb's subject:
 * the definition starts with the verb ("Measures service quality …") or with a simple noun phrase
 * and a relative pronoun ("A model that measures service quality …"). Anything else (a verb of
 * another subject, a negation, a past tense, a bare "is") gives no phrase: the link stays a
 * mention, since a wrong relation is worse than none.
 */
final class RelationPhrase {

    private static final Set<String> DETERMINERS =
            Set.of("the", "a", "an", "its", "their", "his", "her", "our", "your");
    private static final Set<String> RELATIVE = Set.of("that", "which", "who");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> NOUN_PHRASE = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");
    private static final Set<String> BETWEEN = Set.of("NOUN", "ADJ", "ADV", "DET");
    private static final int MAX_BETWEEN = 3;
    private static final int MAX_MODIFIERS = 2;
    private static final Set<String> COPULA = Set.of("is", "are");
    private static final Set<String> PRONOUNS = Set.of("it", "this", "they");
    private static final Set<String> NOUN_RELATION_PREPOSITIONS = Set.of("of", "for");
    private static final int MAX_SUBJECT = 6;

    private RelationPhrase() {}

    /**
     * The phrase relating the definition's concept to the name at tokens {@code at} to {@code end}
     * (exclusive), if the definition says one. A name followed by a noun is only part of the object
     * ("backs a CRM project" is no relation to CRM), and one followed by "to" only half of it.
     */
    static Optional<String> before(MentionSource source, int at, int end) {
        if (source.tags().size() != source.tokens().size()) {
            return Optional.empty();
        }
        Words w = new Words(source.tokens(), source.tags());
        // "links A to B", "the ratio of A to B": the relation to A alone would say half of it
        if (end < w.tokens().size()
                && (w.tag(end).equals("NOUN")
                        || w.tag(end).equals("PROPN")
                        || w.lower(end).equals("to") && w.tag(end).equals("ADP"))) {
            return Optional.empty();
        }
        int i = at - 1;
        // "measures the perceived service quality": the name's own determiner and modifiers stand between
        for (int skipped = 0; i >= 0 && skipped < MAX_MODIFIERS && isModifier(w, i); skipped++) {
            i--;
        }
        int prep = i >= 0 && (w.tag(i).equals("ADP") || w.lower(i).equals("to")) ? i : -1;
        if (prep >= 0) {
            i--;
            int between = 0;
            while (i >= 0 && BETWEEN.contains(w.tag(i)) && between < MAX_BETWEEN) {
                i--;
                between++;
            }
        }
        int lastVerb = i;
        if (i >= 0 && isVerb(w.tag(i))) {
            i--;
            // an auxiliary before the verb belongs to it ("is used by", "can help"); a second full verb does not
            if (i >= 0 && w.tag(i).equals("AUX") && !w.tag(lastVerb).equals("AUX")) {
                i--;
            }
        }
        int firstVerb = i + 1;
        if (firstVerb > lastVerb) {
            return prep > 0 && firstVerb == 0 ? nounRelation(w, prep) : Optional.empty();
        }
        if (!subjectIsTheConcept(w, firstVerb, source.concept())) {
            return Optional.empty();
        }
        return phrase(w, firstVerb, lastVerb, prep);
    }

    /**
     * A definition that starts by naming the relation as a noun: "A part of the CRM cycle", "The
     * opposite of customer loyalty" say "is a part of", "is the opposite of".
     */
    private static Optional<String> nounRelation(Words w, int prep) {
        if (!NOUN_RELATION_PREPOSITIONS.contains(w.lower(prep))
                || !w.tag(prep - 1).equals("NOUN")) {
            return Optional.empty();
        }
        // "The Gaps Model of Service Quality" is a title, not a definition saying what its concept is
        for (int j = 0; j < prep; j++) {
            if (w.tag(j).equals("NOUN") && !w.tokens().get(j).equals(w.lower(j))) {
                return Optional.empty();
            }
        }
        StringBuilder phrase = new StringBuilder("is");
        for (int j = 0; j <= prep; j++) {
            phrase.append(' ').append(w.lower(j));
        }
        return Optional.of(phrase.toString());
    }

    private static Optional<String> phrase(Words w, int firstVerb, int lastVerb, int prep) {
        StringBuilder phrase = new StringBuilder();
        for (int j = firstVerb; j <= (prep >= 0 ? prep : lastVerb); j++) {
            if (NEGATIONS.contains(w.lower(j))) {
                return Optional.empty();
            }
            phrase.append(phrase.length() == 0 ? "" : " ")
                    .append(j == firstVerb && firstVerb == lastVerb ? present(w.lower(j)) : w.lower(j));
        }
        String p = phrase.toString();
        String verb = w.lower(lastVerb);
        // a gerund or participle ("treating", "moving") describes an activity, and a bare verb starting
        // the definition ("Define the strategy", "Compare SERVQUAL") is an instruction: neither says
        // what the concept does
        if (verb.endsWith("ing") || firstVerb == 0 && firstVerb == lastVerb && !verb.endsWith("s")) {
            return Optional.empty();
        }
        // "is" alone says "is a kind of" at most, which head nouns already give; a past tense tells a story, not a
        // relation
        boolean copulaOnly =
                firstVerb == lastVerb && prep < 0 && w.tag(firstVerb).equals("AUX");
        return p.isEmpty() || copulaOnly || p.endsWith("ed") && firstVerb == lastVerb && prep < 0
                ? Optional.empty()
                : Optional.of(p);
    }

    /**
     * The verb's subject is the definition's concept: nothing before it; the concept's own name or
     * "it" ("CRM is …", "It helps …"); or a plain noun phrase and a relative pronoun ("A model that
     * …"), itself perhaps after "CRM is": the thing the concept is said to be.
     */
    private static boolean subjectIsTheConcept(Words w, int verb, String concept) {
        if (verb == 0 || namesTheConcept(w, 0, verb, concept)) {
            return true;
        }
        int pronoun = verb - 1;
        if (!RELATIVE.contains(w.lower(pronoun)) || pronoun == 0) {
            return false;
        }
        int from = 0;
        for (int j = 1; j < pronoun; j++) {
            if (COPULA.contains(w.lower(j)) && namesTheConcept(w, 0, j, concept)) {
                from = j + 1;
            }
        }
        if (pronoun - from > MAX_SUBJECT || pronoun == from) {
            return false;
        }
        for (int j = from; j < pronoun; j++) {
            if (!NOUN_PHRASE.contains(w.tag(j))) {
                return false;
            }
        }
        return true;
    }

    /** Whether tokens {@code from} to {@code to} (exclusive) are the concept's name, or stand for it ("it"). */
    private static boolean namesTheConcept(Words w, int from, int to, String concept) {
        String said = String.join(" ", w.tokens().subList(from, to));
        return to - from == 1 && PRONOUNS.contains(w.lower(from))
                || !said.isBlank() && Keys.key(said).equals(Keys.key(concept));
    }

    private static boolean isModifier(Words w, int i) {
        return w.tag(i).equals("DET") && DETERMINERS.contains(w.lower(i))
                || w.tag(i).equals("NUM")
                || w.tag(i).equals("ADJ");
    }

    /** The verb as said of one concept: "measures" stays, "measure" becomes "measures"; other forms stay as written. */
    private static String present(String verb) {
        if (verb.endsWith("s") || verb.endsWith("ed") || verb.endsWith("ing")) {
            return verb;
        }
        if (verb.endsWith("y") && verb.length() > 2 && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        boolean sibilant = verb.endsWith("sh")
                || verb.endsWith("ch")
                || verb.endsWith("x")
                || verb.endsWith("z")
                || verb.endsWith("o");
        return verb + (sibilant ? "es" : "s");
    }

    private static boolean isVerb(String tag) {
        return tag.equals("VERB") || tag.equals("AUX");
    }

    private record Words(List<String> tokens, List<String> tags) {

        String lower(int i) {
            return tokens.get(i).toLowerCase(java.util.Locale.ROOT);
        }

        String tag(int i) {
            return tags.get(i);
        }
    }
}
