package crmgraph.resolve;

import crmgraph.extract.MentionSource;
import crmgraph.nlp.Acronym;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the known concepts a definition mentions, matching names word by word on lemmas (or the
 * word's own singular form), never on parts of words. Names of two or more words, acronyms, and
 * one-word terms the graph defines and does not use as a common word ({@link Terms}) are looked
 * for: every single word would link everything to everything.
 */
final class Mentions {

    /** Single-word names (acronyms) only match words written in capitals. */
    private static final String ACRONYM = "\u0000";
    /**
     * Phrases by their first two words (acronyms by their one word), longest first. Keyed by one
     * word only, a common first word ("customer") had hundreds of phrases to try at every mention.
     */
    private final Map<String, Map<String, List<List<String>>>> byFirstWords = new HashMap<>();

    private final Map<List<String>, String> nodes;

    private final java.util.Set<String> terms;

    Mentions(Lexicon lexicon, java.util.Set<String> acronymKeys) {
        this(lexicon, acronymKeys, java.util.Set.of());
    }

    /** {@code terms}: one-word names worth finding too, where a definition uses them as nouns (see {@link Terms}). */
    Mentions(Lexicon lexicon, java.util.Set<String> acronymKeys, java.util.Set<String> terms) {
        this.terms = terms;
        nodes = lexicon.phrases();
        nodes.keySet().stream()
                .filter(p -> p.size() >= 2 || acronymKeys.contains(p.get(0)) || terms.contains(p.get(0)))
                .sorted((a, b) -> b.size() - a.size())
                .forEach(p -> byFirstWords
                        .computeIfAbsent(
                                p.size() == 1 && !terms.contains(p.get(0)) ? ACRONYM + p.get(0) : p.get(0),
                                k -> new HashMap<>())
                        .computeIfAbsent(p.size() == 1 ? "" : p.get(1), k -> new ArrayList<>())
                        .add(p));
    }

    /** The longest phrase starting at word {@code at} with this form of it, if any. */
    private List<String> longest(List<String[]> words, int at, String form) {
        Map<String, List<List<String>>> bySecond = byFirstWords.get(form);
        if (bySecond == null) {
            return null;
        }
        List<String> best =
                bySecond.getOrDefault("", List.of()).stream().findFirst().orElse(null);
        for (String second : at + 1 < words.size() ? words.get(at + 1) : new String[0]) {
            for (List<String> phrase : bySecond.getOrDefault(second, List.of())) {
                if (best != null && phrase.size() <= best.size()) {
                    break;
                }
                if (matches(words, at, phrase)) {
                    best = phrase;
                    break;
                }
            }
        }
        return best;
    }

    /** The node keys a definition mentions, in order of first mention. */
    List<String> in(MentionSource source) {
        return found(source).stream().map(Found::key).toList();
    }

    /** A node a definition mentions, and the tokens its first mention spans ({@code end} exclusive). */
    record Found(String key, int token, int end) {}

    /** The nodes a definition mentions, each at its first mention, in order. */
    List<Found> found(MentionSource source) {
        List<Word> entries = entries(source);
        List<String[]> words = entries.stream().map(Word::forms).toList();
        List<Integer> at = entries.stream().map(Word::token).toList();
        List<Found> found = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (String form : words.get(i)) {
                List<String> phrase = longest(words, i, form);
                if (phrase != null
                        && phrase.size() == 1
                        && terms.contains(phrase.get(0))
                        && !noun(source, at.get(i), phrase.get(0))) {
                    phrase = null;
                }
                if (phrase != null) {
                    String node = nodes.get(phrase);
                    if (seen.add(node)) {
                        found.add(new Found(node, at.get(i), at.get(i + phrase.size() - 1) + 1));
                    }
                    matched = Math.max(matched, phrase.size());
                }
            }
            i += Math.max(1, matched);
        }
        return found;
    }

    /**
     * Whether the token is tagged (universal tags) a noun, or is the term itself as a gerund ("avoid
     * jockeying"); untagged text gives one-word terms no mentions. A verb in "-ing" whose lemma is
     * the term ("customers interacting" for the term "Interact") is the verb, not the term.
     */
    private static boolean noun(MentionSource source, int token, String term) {
        if (token >= source.tags().size()) {
            return false;
        }
        String tag = source.tags().get(token);
        return tag.equals("NOUN")
                || tag.equals("PROPN")
                || tag.equals("VERB")
                        && term.endsWith("ing")
                        && Keys.key(source.tokens().get(token)).equals(term);
    }

    private static boolean matches(List<String[]> words, int at, List<String> phrase) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int j = 0; j < phrase.size(); j++) {
            boolean any = false;
            for (String form : words.get(at + j)) {
                any |= form.equals(phrase.get(j)) || phrase.size() == 1 && form.equals(ACRONYM + phrase.get(j));
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** A word of a definition as matched against names: its forms, and the token it came from. */
    private record Word(String[] forms, int token) {}

    /** Each word's forms (its lemma and its own singular), hyphen and slash tokens dropped; punctuation kept as a break. */
    private static List<Word> entries(MentionSource source) {
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < source.tokens().size(); i++) {
            String token = source.tokens().get(i);
            if (token.equals("-") || token.equals("/")) {
                continue;
            }
            String own = Keys.key(token);
            String lemma = Keys.key(source.lemmas().get(i));
            if (own.isEmpty() && lemma.isEmpty()) {
                out.add(new Word(new String[] {"|"}, i));
            } else if (own.contains(" ")) {
                for (String part : own.split(" ")) {
                    out.add(new Word(new String[] {part}, i));
                }
            } else if (Acronym.isAcronym(token)) {
                out.add(new Word(new String[] {own, ACRONYM + own}, i));
            } else {
                out.add(new Word(new String[] {own, lemma}, i));
            }
        }
        return out;
    }
}
