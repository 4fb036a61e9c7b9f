package crmgraph.extract;

import crmgraph.Regex;
import crmgraph.nlp.Acronym;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Definitions written as prose, wherever they stand in a paragraph: "X is a/an/the …", "X refers
 * to …", "X means …", "X, also known as Y, is …" (Y an alias), "X (Y) is …" (Y an acronym), "In
 * marketing, X is …" (a leading phrase set off by a comma), and "X stands for Y" (Y the name the
 * acronym X abbreviates). A definition starts at its defining sentence and runs to the end of the
 * paragraph or the next defining sentence. Pronoun subjects ("It is …") define nothing.
 */
final class ProseDefinitions {

    /** A concept a sentence defines: its name, aliases and the definition text. */
    record Found(String name, List<String> aliases, String definition) {}

    private static final Pattern ALSO_KNOWN = Pattern.compile(
            "(?i)(?:,\\s*|\\s*\\(\\s*)(?:also\\s+|or\\s+|sometimes\\s+|often\\s+)?(?:known\\s+as|called|referred\\s+to\\s+as|abbreviated(?:\\s+as)?|short\\s+for)\\s+"
                    + "([^,()]{2,60}?)\\s*(?:,|\\))");
    private static final Pattern ACRONYM_ASIDE = Pattern.compile("^(.{2,80}?)\\s*\\(([A-Za-z][A-Za-z&]{1,8})\\)$");
    private static final Pattern STANDS_FOR = Pattern.compile(
            "^(\\S{2,10})\\s+(?:stands\\s+for|is\\s+short\\s+for|is\\s+an\\s+abbreviation\\s+(?:of|for))\\s+([^.,;:()]{3,80})");
    private static final Pattern LEADING_PHRASE = Pattern.compile("^(ADP|ADV|SCONJ)$");

    private ProseDefinitions() {}

    /** Every concept the paragraph defines, each with its text from the defining sentence on. */
    static List<Found> in(String paragraph) {
        List<Found> out = new ArrayList<>();
        List<Tagged> sentences = NoteWords.sentences(Names.normalise(paragraph));
        Found open = null;
        StringBuilder text = new StringBuilder();
        for (Tagged s : sentences) {
            Optional<Found> defined = defines(s);
            if (defined.isPresent()) {
                close(open, text, out);
                open = defined.get();
                text.setLength(0);
            }
            if (open != null) {
                text.append(text.length() == 0 ? "" : " ").append(s.text().strip());
            }
        }
        close(open, text, out);
        return out;
    }

    private static void close(Found open, StringBuilder text, List<Found> out) {
        if (open != null) {
            out.add(new Found(open.name(), open.aliases(), text.toString()));
        }
    }

    /** "X stands for Y": the name Y with its acronym X, or empty. */
    static Optional<Found> expansion(String sentence) {
        Matcher m = STANDS_FOR.matcher(Names.normalise(sentence).strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String acronym = m.group(1);
        String name = Names.clean(m.group(2));
        return Names.spells(List.of(Regex.split(name, "\\s+")), acronym)
                ? Optional.of(new Found(name, List.of(acronym), null))
                : Optional.empty();
    }

    /**
     * The other name a definition gives its own term as it restates it ("A churn model, also called
     * attrition model, is …" on a card for "churn model"): only where the words before the aside
     * are the term itself, with an article at most.
     */
    static Optional<String> restatedAlias(String term, String definition) {
        if (term == null || definition == null) {
            return Optional.empty();
        }
        Matcher also = ALSO_KNOWN.matcher(definition);
        if (!also.find() || also.start() > 100) {
            return Optional.empty();
        }
        String before = Regex.replaceAll(
                definition.substring(0, also.start()).strip().toLowerCase(java.util.Locale.ROOT),
                "^(?:a|an|the)\\s+",
                "");
        String name = Regex.replaceAll(term.strip().toLowerCase(java.util.Locale.ROOT), "^(?:a|an|the)\\s+", "");
        String alias = Names.clean(also.group(1));
        return before.equals(name) && !alias.isBlank() && !alias.equalsIgnoreCase(term.strip())
                ? Optional.of(alias)
                : Optional.empty();
    }

    /** The concept one sentence defines, if it defines one. */
    static Optional<Found> defines(Tagged sentence) {
        String text = sentence.text().strip();
        List<String> aliases = new ArrayList<>();
        Matcher also = ALSO_KNOWN.matcher(text);
        String reduced = text;
        if (also.find() && also.start() < 80) {
            aliases.add(Names.clean(also.group(1)));
            reduced = text.substring(0, also.start()) + " "
                    + text.substring(also.end()).strip();
        }
        Tagged s = reduced.equals(text) ? sentence : NoteWords.tag(reduced);
        Optional<Found> found = subjectDefinition(s, aliases);
        if (found.isEmpty() && s.size() > 3 && s.is(0, "VERB") && !s.lower(0).endsWith("ing") && s.is(1, "NOUN")) {
            found = subjectDefinition(NoteWords.firstAsNoun(s), aliases);
        }
        if (found.isEmpty()) {
            found = afterLeadingPhrase(s).flatMap(rest -> subjectDefinition(rest, aliases));
        }
        return found;
    }

    private static Optional<Found> subjectDefinition(Tagged s, List<String> aliases) {
        Optional<Phrases.Subject> subject = Phrases.subject(s);
        if (subject.isEmpty() || !Phrases.defines(s, subject.get().verb())) {
            return Optional.empty();
        }
        // "A touchpoint is any moment …": a lone word is named when an indefinite article makes the sentence generic.
        boolean generic = Regex.matches(s.lower(0), "an?")
                && subject.get().end() - subject.get().start() == 1;
        if (!generic && !Phrases.nameable(s, subject.get(), true)) {
            return Optional.empty();
        }
        String name = Statements.subjectName(s, subject.get());
        boolean strongVerb = Regex.matches(s.lemmas().get(subject.get().verb()), "refer|mean|denote|stand");
        // "The role of X is …" names no term, but a name given an alias ("The voice of the customer, also known as VoC,
        // is …") does.
        boolean named =
                strongVerb || !aliases.isEmpty() || ACRONYM_ASIDE.matcher(name).matches();
        if (name.isEmpty() || Regex.matches(name, "(?i).*\\bof\\b.*") && !named) {
            return Optional.empty();
        }
        List<String> all = new ArrayList<>(aliases);
        Matcher acronym = ACRONYM_ASIDE.matcher(name);
        if (acronym.matches() && acronymShaped(acronym.group(2))) {
            name = acronym.group(1).strip();
            all.add(acronym.group(2));
        }
        return Optional.of(new Found(name, all, null));
    }

    /** "In marketing, CRM is …", "At its best, customer service is …": the sentence after its leading phrase. */
    private static Optional<Tagged> afterLeadingPhrase(Tagged s) {
        if (s.size() < 5
                || !LEADING_PHRASE.matcher(s.tag(0)).matches()
                        && !Regex.matches(s.lower(0), "when|while|today|historically")) {
            return Optional.empty();
        }
        for (int i = 1; i < Math.min(s.size() - 3, 10); i++) {
            if (s.token(i).equals(",")) {
                return Optional.of(NoteWords.tag(s.text().substring(s.ends()[i]).strip()));
            }
        }
        return Optional.empty();
    }

    private static boolean acronymShaped(String word) {
        return word.length() >= 2 && word.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /**
     * A definition without a subject, as notes write them under a term: a noun phrase ("The share
     * of customers who leave …"), a gerund ("Taking initiative when …") or a predicate ("Analyzes
     * customer data …"), with no clause of its own: no main verb after a subject, no imperative,
     * no pronoun or proper name first. Verbs in relative clauses ("… who leave", "… profits a
     * company expects") do not count as main verbs.
     */
    /** "Buttle & Maklan ch. 8 (pp. 231–260)": where to read, not what a term is. */
    private static final Pattern CITATION =
            Pattern.compile("(?i)^\\W*\\p{Lu}[^.]{0,50}?\\b(?:ch|chap|chapter|pp?)\\.?\\s*\\d");

    private static final java.util.Set<String> QUANTIFIERS = java.util.Set.of("any");

    static boolean subjectless(Tagged s) {
        if (s.size() < 3 || CITATION.matcher(s.text()).find()) {
            return false;
        }
        for (int k = 1; k < Math.min(s.size(), 5); k++) {
            if (s.token(k).equals(":")) {
                return false; // "Guest speaker: Dana …" is a label of its own, not a definition of the heading
            }
        }
        if (s.size() > 1 && capitalisedWord(s.token(0)) && capitalisedWord(s.token(1))) {
            return false; // "Dana Whitfield, head of …": a person or a firm, not a description
        }
        // "any information that …": a quantifier opens a noun phrase as an article does
        int i = Phrases.article(s, 0) || s.is(0, "DET") && QUANTIFIERS.contains(s.lower(0)) ? 1 : 0;
        String first = s.lower(i);
        if (i == 0 && s.is(0, "VERB") && first.endsWith("s") && !first.endsWith("ss")) {
            return true;
        }
        boolean gerund = s.is(i, "VERB") && first.endsWith("ing");
        // "A combined score …": a participle before a noun describes it, as an adjective would
        boolean participle = i > 0 && s.is(i, "VERB") && first.endsWith("ed") && s.is(i + 1, "NOUN");
        boolean possessive = s.tag(i).equals("NOUN+PART"); // "the firm's most profitable customers"
        if (!(gerund || participle || possessive || s.is(i, "NOUN", "ADJ") || i > 0 && s.is(i, "PROPN", "NUM"))
                || i > 0 && titleCased(s, i)) {
            return false;
        }
        return !mainClause(s, i + 1) && !clause(s) && phrase(s, i + 1);
    }

    /** "A mid-sized insurer uses …", "the vendor market changes quickly": a subject and its verb make a remark, not a description. */
    private static boolean clause(Tagged s) {
        return Phrases.subject(s)
                .filter(x -> x.verb() < s.size() && !s.lower(x.verb()).endsWith("ing"))
                .isPresent();
    }

    /**
     * A description opens with an article or joins its words: a preposition, a conjunction, a
     * relative word, a verb or an article after its first word ("store of data", "customers who leave", "money plus time and
     * effort"). Names in a row ("Buttle, F.", a
     * byline "Lecture 4 · BUS 2110 …") describe nothing.
     */
    private static boolean phrase(Tagged s, int from) {
        if (Phrases.article(s, 0)) {
            return true; // "the firm's most profitable customers"
        }
        for (int k = from; k < s.size(); k++) {
            if (s.is(k, "ADP", "SCONJ", "CCONJ", "PRON", "VERB", "AUX", "PART", "DET")) {
                return true;
            }
        }
        return false;
    }

    /** "the Net Promoter System": every word capitalised after the article, a name rather than a description. */
    private static boolean titleCased(Tagged s, int from) {
        for (int k = from; k < s.size(); k++) {
            if (Character.isLetter(s.token(k).charAt(0))
                    && !Character.isUpperCase(s.token(k).charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalisedWord(String w) {
        return w.length() > 1
                && Character.isUpperCase(w.charAt(0))
                && !Acronym.isAcronym(w)
                && w.chars().skip(1).allMatch(Character::isLowerCase);
    }

    /** A subject-less definition may also be an indirect question: "how an organisation responds to …" (a question asked, "What is CRM?", is not one). */
    static boolean subjectlessOrHow(Tagged s) {
        boolean indirect = s.size() >= 3
                && Regex.matches(s.lower(0), "how|what|why|when|where|whether")
                && !s.text().strip().endsWith("?");
        return subjectless(s) || indirect;
    }

    /** True when a verb from {@code from} on makes a main clause rather than a relative one. */
    private static boolean mainClause(Tagged s, int from) {
        boolean relative = false;
        boolean inRelative = false;
        for (int k = from; k < s.size(); k++) {
            String w = s.lower(k);
            if (Regex.matches(w, "[;:]")) {
                break;
            }
            boolean newSubject =
                    s.is(k, "DET", "PRON") && !RELATIVE.matcher(w).matches() && s.is(k - 1, "NOUN", "PROPN");
            if (RELATIVE.matcher(w).matches() || newSubject) {
                relative = true;
                inRelative = true;
            } else if (finite(s, k) && !(inRelative && participle(s, k))) {
                if (!relative) {
                    return true;
                }
                relative = false;
            }
        }
        return false;
    }

    private static final Pattern RELATIVE = Pattern.compile(
            "who|that|which|where|whose|when|whom|because|if|so|while|as|than|since|although|though|unless|until|whereas|how|what|why");

    /** A verb that makes a clause: an auxiliary, or a verb right after its subject, not in -ing or "to" form. */
    private static boolean finite(Tagged s, int k) {
        if (k > 0 && s.lower(k - 1).equals("to")) {
            return false;
        }
        if (s.is(k, "AUX")) {
            return !s.is(k - 1, "AUX");
        }
        int before = k - 1;
        while (before > 0 && s.is(before, "ADV")) {
            before--;
        }
        return s.is(k, "VERB") && !s.lower(k).endsWith("ing") && s.is(before, "NOUN", "PROPN", "PRON")
                || Phrases.mistaggedVerb(s, k);
    }

    /**
     * Inside a relative clause, "… who provide the volume needed to use …", "… can spend, no
     * approval needed.": a participle after its noun, not a verb of its own.
     */
    private static boolean participle(Tagged s, int k) {
        return s.lower(k).endsWith("ed") && (k + 1 == s.size() || s.is(k + 1, "ADP", "PART", "PUNCT"));
    }

    /** "It is a …", "This refers to …": a sentence about the topic at hand that defines it. */
    static boolean pronounDefinition(Tagged s) {
        return s.size() >= 3 && Regex.matches(s.lower(0), "it|this") && Phrases.defines(s, 1);
    }
}
