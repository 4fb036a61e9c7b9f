package crmgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

/**
 * Finds pairs of keys that are the same name with an obvious typo ("analystical crm" and
 * "analytical crm"). Guarded so that real different words stay apart: the keys must have the same
 * words but one, that word must be long, start with the same letter, and differ by one edit
 * (two when it is long), so "available"/"unavailable" and "relation"/"retention" never meet; a
 * word and one derived from it by its ending ("persona"/"personal") never meet either, nor two
 * words the dictionaries both know ("operand"/"operant").
 */
final class TypoMatcher {

    private static final int MIN_WORD = 6;
    private static final int MIN_SHORTHAND = 3;
    private static final DamerauLevenshteinDistance DAMERAU = new DamerauLevenshteinDistance();

    record Pair(String a, String b) {}

    private TypoMatcher() {}

    static List<Pair> pairs(List<String> keys) {
        return pairs(keys, Set.of());
    }

    /**
     * Pairs of keys that are one name, {@code acronyms} being words some name writes in capitals
     * ("CRM"): those are never a shorthand of a longer word ("criticism").
     */
    static List<Pair> pairs(List<String> keys, Set<String> acronyms) {
        Map<String, List<String>> blocks = new HashMap<>();
        for (String key : keys) {
            String[] words = key.split(" ");
            // a word too short for a typo can only be a shorthand, and only inside a name of two words or more
            int shortest = words.length > 1 ? MIN_SHORTHAND : MIN_WORD - 1;
            for (int i = 0; i < words.length; i++) {
                if (words[i].length() >= shortest) {
                    blocks.computeIfAbsent(blockOf(words, i), k -> new ArrayList<>())
                            .add(key);
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        Map<String, Set<Pair>> shorthands = new HashMap<>();
        for (List<String> block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    String a = block.get(i);
                    String b = block.get(j);
                    if (a.equals(b)) {
                        continue;
                    }
                    if (typo(a, b)) {
                        pairs.add(new Pair(a, b));
                    } else if (a.contains(" ")
                            && (written(a, b, (x, y) -> !acronyms.contains(x) && shorthand(x, y))
                                    || written(b, a, (x, y) -> !acronyms.contains(x) && shorthand(x, y)))) {
                        String shorter = a.length() < b.length() ? a : b;
                        shorthands
                                .computeIfAbsent(shorter, k -> new java.util.LinkedHashSet<>())
                                .add(new Pair(a, b));
                    }
                }
            }
        }
        // "int marketing" could be internal or international marketing: a shorthand stands for one name or none
        shorthands.values().stream().filter(p -> p.size() == 1).forEach(pairs::addAll);
        return pairs.stream().distinct().toList();
    }

    /** Whether the keys have the same words but one, and that one is {@code same} of the other's. */
    private static boolean written(String a, String b, java.util.function.BiPredicate<String, String> same) {
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
        return differing >= 0 && same.test(wa[differing], wb[differing]);
    }

    /**
     * A word as hurried notes shorten it ("avg" for average, "mgmt" for management, "cust" for
     * customer): its letters in order within the long word, the first the same, and either no
     * vowel after the first letter or a start of the long word that no dictionary knows. A real
     * word is never taken for a shorthand of a longer one ("pay"/"payment", "con"/"contract").
     * Only inside names of two words or more: a lone short word is more likely an acronym.
     */
    static boolean shorthand(String shortWord, String longWord) {
        if (shortWord.length() < MIN_SHORTHAND
                || longWord.length() < shortWord.length() + 2
                || shortWord.charAt(0) != longWord.charAt(0)
                || !shortWord.chars().allMatch(Character::isLetter)
                || !inOrder(shortWord, longWord)) {
            return false;
        }
        boolean vowelless = shortWord.substring(1).chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0);
        return vowelless || longWord.startsWith(shortWord) && crmgraph.nlp.Lexicon.misspelled(shortWord);
    }

    private static boolean inOrder(String shortWord, String longWord) {
        int at = 0;
        for (char c : shortWord.toCharArray()) {
            at = longWord.indexOf(c, at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
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
        return written(a, b, TypoMatcher::wordTypo);
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
        if (derived(x, y) || twoWords(x, y)) {
            return false;
        }
        int allowed = shorter >= 9 ? 2 : 1;
        int distance = DAMERAU.apply(x, y);
        return distance <= allowed;
    }

    /**
     * Two words both spelt right and not one word in British and American spelling ("operand",
     * "operant"; "customise", "customize" are one): English has both, so neither is a typo.
     */
    private static boolean twoWords(String x, String y) {
        return !variants(x).equals(variants(y))
                && !crmgraph.nlp.Lexicon.misspelled(x)
                && !crmgraph.nlp.Lexicon.misspelled(y);
    }

    /** The word with British and American spellings folded to one ("-ise"/"-ize", "-our"/"-or"). */
    private static String variants(String word) {
        return word.replace('z', 's')
                .replace("our", "or")
                .replaceAll("tre$", "ter")
                .replace("ll", "l");
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
