package crmgraph.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

/**
 * Names spelt differently across decks ("Reichheld" in most, "Reicheld" in one): the spelling
 * more decks use is taken as the well-formed one, so an expected answer shows it and accepts the
 * other. Only capitalised words (people, firms, models) of five letters or more are compared, and
 * only where the capital is not that of a sentence's first word ("Personal" opening a name is no
 * name), and
 * only spellings one edit apart: a lower-case word one edit from another is as often a different
 * word ("planned", "planner").
 */
final class Spellings {

    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}{4,}\\b");
    private static final DamerauLevenshteinDistance DISTANCE = new DamerauLevenshteinDistance();

    private final Map<String, Set<String>> decksByName = new HashMap<>();
    /** Every name under each of its one-letter deletions, so neighbours are found without a scan. */
    private final Map<String, Set<String>> byDeletion = new HashMap<>();

    /** Records the capitalised words of {@code text}, written in {@code deck}. */
    void add(String text, String deck) {
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String name = m.group();
            if (opensSentence(text, m.start())) {
                continue;
            }
            if (decksByName.computeIfAbsent(name, k -> new HashSet<>()).add(deck)
                    && decksByName.get(name).size() == 1) {
                deletions(name)
                        .forEach(d -> byDeletion
                                .computeIfAbsent(d, k -> new HashSet<>())
                                .add(name));
            }
        }
    }

    /**
     * Whether a word opens the text, a line or a sentence: its capital says nothing about it being a
     * name ("Personal relationship", "Persona" at the start of a card are common words).
     */
    private static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0
                && (text.charAt(i) == ' '
                        || text.charAt(i) == '\t'
                        || "-*\u2022\"'(\u201c".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?:;\n\r".indexOf(text.charAt(i)) >= 0;
    }

    /** {@code text} with every name written as more decks write it; the text itself when none differs. */
    String best(String text) {
        Matcher m = NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(better(m.group()).orElse(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Optional<String> better(String name) {
        int own = decks(name);
        Set<String> near = new HashSet<>();
        for (String d : deletions(name)) {
            near.addAll(byDeletion.getOrDefault(d, Set.of()));
            if (decksByName.containsKey(d)) {
                near.add(d);
            }
        }
        near.addAll(byDeletion.getOrDefault(name, Set.of()));
        return near.stream()
                .filter(n -> !n.equals(name) && DISTANCE.apply(n, name) == 1)
                .filter(n -> decks(n) >= 2 && decks(n) > own)
                .filter(n -> !Words.singular(n).equals(Words.singular(name)))
                .max(java.util.Comparator.comparingInt(this::decks).thenComparing(n -> n));
    }

    private int decks(String name) {
        return decksByName.getOrDefault(name, Set.of()).size();
    }

    private static List<String> deletions(String word) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            out.add(word.substring(0, i) + word.substring(i + 1));
        }
        return out;
    }
}
