package crmgraph.extract;

import crmgraph.Regex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a list's items are members (terms) or just the lines of a definition, and turns
 * each member into a clean name with its explanation: "A value process as the output of X" →
 * "value process" explained by "as the output of X"; "Quality is fitness for purpose" → "fitness
 * for purpose".
 */
final class Members {

    private static final Pattern COPULA =
            Pattern.compile("^(.{2,40}?)\\s+(?:is|are)\\s+(.{3,})$", Pattern.CASE_INSENSITIVE);

    private Members() {}

    static List<ListItem> accept(Answer answer) {
        if (!answer.hasList()) {
            return List.of();
        }
        boolean notes = !answer.prose().isBlank() && !"series".equals(answer.shape());
        List<ListItem> named = new ArrayList<>();
        for (ListItem item : answer.items()) {
            ListItem m = member(item);
            if (m != null && (!notes || item.explained() || strictTerm(item.name()))) {
                named.add(m);
            }
        }
        if ("series".equals(answer.shape())) {
            return named.size() == answer.items().size() && parallel(answer.items()) ? named : List.of();
        }
        int needed = notes
                ? (int) Math.ceil(answer.items().size() * 0.8)
                : Math.max(2, (int) Math.ceil(answer.items().size() * 2.0 / 3));
        return named.size() >= needed ? named : List.of();
    }

    /**
     * A series inside a sentence is a list only when its items are parallel terms. An item that
     * starts as a clause does ("to buy", "are called in order", "sits"), or with a preposition or a
     * pronoun, shows the commas join clauses ("how likely they are to buy, using points for fit and
     * behaviour"), and the whole series is left as prose.
     */
    private static boolean parallel(List<ListItem> items) {
        return items.stream().noneMatch(Members::startsAsClause);
    }

    private static boolean startsAsClause(ListItem item) {
        Tagged t = Tagged.of(Names.clean(item.name()));
        int first = Phrases.article(t, 0) ? 1 : 0;
        if (t.size() - first <= 1) {
            // one word out of context is tagged at random ("measurable" as a pronoun): judged by the others
            return false;
        }
        if (t.is(first, "AUX", "PART", "ADP", "SCONJ", "PRON", "CCONJ")) {
            return true;
        }
        if (!t.is(first, "VERB")) {
            return false;
        }
        String word = t.lower(first);
        boolean bareOrGerund =
                word.endsWith("ing") || word.equals(t.lemmas().get(first).toLowerCase(java.util.Locale.ROOT));
        // a participle before its noun is an adjective: "modified rebuy", "tiered scheme"
        return !bareOrGerund && !t.is(first + 1, "NOUN", "PROPN", "ADJ");
    }

    /** Members of "the types of X are a, b and c": a lone adjective "a" names "a X". */
    static List<ListItem> kindsOf(String supertype, List<ListItem> members) {
        List<ListItem> out = new ArrayList<>();
        for (ListItem m : members) {
            Tagged t = Tagged.of(m.name());
            boolean adjective = t.size() == 1 && t.is(0, "ADJ", "VERB") || NoteHeadings.bareAdjective(m.name());
            out.add(adjective ? new ListItem(m.name() + " " + supertype, m.explanation()) : m);
        }
        return out;
    }

    /**
     * Members of "X takes several forms - a, b and c": a one-word member names a form of X by X's
     * head noun ("performance" of "perceived risk" is "performance risk"), so that it is not taken
     * for the other concept that word names alone.
     */
    static List<ListItem> formsOf(String supertype, List<ListItem> members) {
        String[] words = Regex.split(Names.clean(supertype), "\\s+");
        String head = words[words.length - 1];
        List<ListItem> out = new ArrayList<>();
        for (ListItem m : members) {
            boolean bare = Names.words(m.name()) == 1 && !m.name().equalsIgnoreCase(head);
            out.add(bare ? new ListItem(m.name() + " " + head, m.explanation()) : m);
        }
        return out;
    }

    /**
     * Under a prose definition, bullets are often notes rather than parts: there only short noun
     * phrases count as members.
     */
    private static boolean strictTerm(String text) {
        String name = Names.clean(text);
        Tagged t = Tagged.of(name);
        return Names.words(name) <= 4
                && Phrases.termLike(t)
                && !t.is(0, "VERB")
                && !t.is(Phrases.article(t, 0) ? 1 : 0, "VERB");
    }

    /** The item as a member, or null when it is a sentence rather than a term. */
    static ListItem member(ListItem item) {
        String name = Names.clean(item.name());
        String explanation = item.explanation();
        if (name.isEmpty() || name.endsWith("?") || Regex.matches(name, "(?i)^(e\\.g|i\\.e|eg|ie)\\b.*")) {
            return null;
        }
        Matcher copula = COPULA.matcher(name);
        if (copula.matches() && item.explained() && Names.words(copula.group(2)) <= 5) {
            name = Names.clean(copula.group(2));
        }
        Tagged t = Tagged.of(name);
        if (Names.words(name) <= 6 && Phrases.termLike(t)) {
            return new ListItem(name, explanation);
        }
        int start = Phrases.article(t, 0) ? 1 : 0;
        int end = Phrases.nounPhraseEnd(t, start);
        if (end > start
                && end < t.size()
                && end - start <= 5
                && (t.is(end, "ADP") || Regex.matches(t.lower(end), "as|,|-|which|that"))
                && !t.is(start, "PRON")) {
            String rest = Regex.replaceAll(t.span(end, t.size()), "^[,\\-]\\s*", "");
            return new ListItem(Names.clean(t.span(start, end)), item.explained() ? rest + "; " + explanation : rest);
        }
        return null;
    }
}
