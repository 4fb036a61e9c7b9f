package crmgraph.extract;

import crmgraph.Regex;
import crmgraph.RelationType;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Multiple-choice stems that say something about the options or the subject, read on their
 * grammar: "Which of the following is NOT one of the four X dimensions?" — every other option is
 * one, a kind of X dimension, the answer is not; "Which of the following is NOT a stage of X?" and
 * "… an example of X?" are about X, whatever the options are; "X was developed to measure:" — the
 * answer completes what X is for, so stem and answer define X.
 */
final class ChoiceStems {

    /** "Which of the following (is|are) …", "Which of these …": the rest says what the options are. */
    private static final Pattern WHICH_OF_THE_OPTIONS = Pattern.compile(
            "^(?:which|what)\\s+of\\s+(?:the\\s+following|these|the\\s+options)(?:\\s+\\w+)?\\s+(?:is|are)\\s+(.+?)[?.:\\s]*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NEGATION = Pattern.compile("^(?:NOT|not)\\s+(.+)$");

    private ChoiceStems() {}

    /** True when the stem is one of these shapes (what it says is then in {@code facts}). */
    static boolean read(Choices.Question q, String answer, int card, Facts facts) {
        Matcher m = WHICH_OF_THE_OPTIONS.matcher(Names.normalise(q.stem()).strip());
        if (m.matches()) {
            return whichOf(m.group(1), q, card, facts);
        }
        return purpose(Names.normalise(q.stem()), answer, card, facts);
    }

    /**
     * What the options are said to be: with NOT, "one of the (four) X Ys" makes each option but the
     * answer a kind of X Y; "a Y of X" and "an example of X" name X. A stem that asks without NOT
     * which option is one says nothing of the others.
     */
    private static boolean whichOf(String said, Choices.Question q, int card, Facts facts) {
        Matcher not = NEGATION.matcher(said);
        String phrase = not.matches() ? not.group(1) : said;
        Tagged t = Tagged.of(phrase);
        if (t.size() > 3
                && t.lower(0).equals("one")
                && t.lower(1).equals("of")
                && t.lower(2).equals("the")) {
            int from = t.is(3, "NUM") ? 4 : 3;
            int end = Phrases.nounPhraseEnd(t, from);
            if (end == t.size()
                    && end > from
                    && t.plural(end - 1)
                    && t.lemmas().get(end - 1).length() >= 3) {
                String kind = Statements.singularSubject(t, new Phrases.Subject(from, end, -1));
                facts.concept(kind, null, card);
                for (String option : q.options()) {
                    // with NOT every option but the answer is one; without, the answer alone
                    if (q.answer().isPresent() && option.equals(q.answer().get()) != not.matches()) {
                        kindOption(option, kind, card, facts);
                    }
                }
                return true;
            }
        }
        int of = t.tokens().indexOf("of");
        if (of > 0 && of + 1 < t.size()) {
            int from = Phrases.article(t, of + 1) ? of + 2 : of + 1;
            if (Phrases.nounPhraseEnd(t, from) == t.size() && from < t.size()) {
                facts.concept(Names.clean(t.span(from, t.size())), null, card);
                return true;
            }
        }
        return false;
    }

    /** A stem that asks which option is something: its own words name nothing ("following"). */
    static boolean aboutTheOptions(String stem) {
        return WHICH_OF_THE_OPTIONS.matcher(Names.normalise(stem).strip()).matches();
    }

    private static void kindOption(String option, String kind, int card, Facts facts) {
        String name = Names.clean(Regex.replaceAll(option, "[.;\\s]+$", ""));
        if (NamedByAnswer.names(name) && Names.words(name) <= 4 && !name.contains(",")) {
            facts.concept(name, null, card);
            facts.relation(RelationType.IS_A, name, kind, null, "type", card);
        }
    }

    /**
     * "X was developed to measure:", "X is designed to:": a passive participle with a purpose
     * ("to" and a verb) that the answer completes. The stem and the answer are X's definition.
     */
    private static boolean purpose(String stem, String answer, int card, Facts facts) {
        String bare = Regex.replaceAll(stem, "[\\s:\u2026]+$", "");
        if (bare.length() == stem.strip().length()) {
            return false; // the stem must stop where the answer goes on: "… to measure:"
        }
        Tagged t = Tagged.of(bare);
        Optional<Phrases.Subject> subject = Phrases.subject(t);
        if (subject.isEmpty() || !Phrases.nameable(t, subject.get(), true)) {
            return false;
        }
        int v = subject.get().verb();
        if (!t.lemmas().get(v).equals("be")) {
            return false;
        }
        int p = v + 1;
        while (p < t.size() && t.is(p, "ADV")) {
            p++;
        }
        // the infinitive ends the stem, so the tagger often takes it for a noun ("to measure")
        boolean passivePurpose = t.is(p, "VERB")
                && t.lower(p).endsWith("ed")
                && t.lower(p + 1).equals("to")
                && p + 3 == t.size()
                && t.is(p + 2, "VERB", "NOUN");
        if (!passivePurpose || !NamedByAnswer.names(answer) && Names.words(answer) > 20) {
            return false;
        }
        facts.concept(
                Statements.subjectName(t, subject.get()), List.of(), Names.cleanDefinition(bare + " " + answer), card);
        return true;
    }
}
