package crmgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

/**
 * Finds pairs of keys that are the same name with an obvious typo ("analystical crm" and
 * "analytical crm"). Guarded so that real different words stay apart: the keys must have the same
 * words but one, that word must be long, start with the same letter, and differ by one edit
 * (two when it is long), so "available"/"unavailable" and "relation"/"retention" never meet; a
 * word and one derived from it by its ending ("persona"/"personal") never meet either.
 */
final class TypoMatcher {

    private static final int MIN_WORD = 6;
    private static final DamerauLevenshteinDistance DAMERAU = new DamerauLevenshteinDistance();

    record Pair(String a, String b) {}

    private TypoMatcher() {}

    static List<Pair> pairs(List<String> keys) {
        Map<String, List<String>> blocks = new HashMap<>();
        for (String key : keys) {
            String[] words = key.split(" ");
            for (int i = 0; i < words.length; i++) {
                if (words[i].length() >= MIN_WORD - 1) {
                    blocks.computeIfAbsent(blockOf(words, i), k -> new ArrayList<>())
                            .add(key);
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (List<String> block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    if (!block.get(i).equals(block.get(j)) && typo(block.get(i), block.get(j))) {
                        pairs.add(new Pair(block.get(i), block.get(j)));
                    }
                }
            }
        }
        return pairs;
    }

    /** Keys that share every word but the i-th, and that word's first letter, land in one block. */
    private static String blockOf(String[] words, int i) {
        StringBuilder b =
                new StringBuilder().append(words.length).append('|').append(i).append('|');
        for (int j = 0; j < words.length; j++) {
            b.append(j == i ? words[j].substring(0, 1) : words[j]).append(' ');
        }
        return b.toString();
    }

    static boolean typo(String a, String b) {
        String[] wa = a.split(" ");
        String[] wb = b.split(" ");
        if (wa.length != wb.length) {
            return false;
        }
        int differing = -1;
        for (int i = 0; i < wa.length; i++) {
            if (!wa[i].equals(wb[i])) {
                if (differing >= 0) {
                    return false;
                }
                differing = i;
            }
        }
        return differing >= 0 && wordTypo(wa[differing], wb[differing]);
    }

    /** Two words that are one word with a typo or a spelling variant ("customise"/"customize"). */
    static boolean sameWord(String x, String y) {
        return wordTypo(x, y);
    }

    private static boolean wordTypo(String x, String y) {
        int shorter = Math.min(x.length(), y.length());
        if (shorter < MIN_WORD - 1 || x.charAt(0) != y.charAt(0)) {
            return false;
        }
        if (derived(x, y)) {
            return false;
        }
        int allowed = shorter >= 9 ? 2 : 1;
        int distance = DAMERAU.apply(x, y);
        return distance <= allowed;
    }

    /**
     * Two words of different lengths that differ only in their last two letters are one word and a
     * word derived from it ("persona"/"personal", "complainer"/"complaint"), not a typo: typos fall
     * anywhere, an ending changes the word. A same-length swap at the end stays a spelling variant
     * ("customise"/"customize").
     */
    private static boolean derived(String x, String y) {
        if (x.length() == y.length()) {
            return false;
        }
        int shared = 0;
        while (shared < Math.min(x.length(), y.length()) && x.charAt(shared) == y.charAt(shared)) {
            shared++;
        }
        return shared >= Math.min(x.length(), y.length()) - 2;
    }
}
