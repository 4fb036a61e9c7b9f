package crmgraph.quiz;

import crmgraph.nlp.Lexicon;
import crmgraph.nlp.WordForms;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ways a term can be written: its name, aliases and acronym, each as singular word keys, so a
 * search finds plural, hyphenated, spaced and closed variants ("self-service relationships",
 * "selfservice relationship") and other words of the same stem ("target market" for "target
 * marketing", "identifying" for "identify"), irregular past forms too ("paid" for "pay"). Used to blank a term out of a text and to prove it is gone.
 */
final class Forms {

    private final List<List<String>> words = new ArrayList<>();
    /** The same forms as word stems, so "target market" is found for "target marketing". */
    private final List<List<String>> stems = new ArrayList<>();

    private final Set<String> compacts = new LinkedHashSet<>();
    private int longest;

    private Forms() {}

    /** Forms of a term: every name given, plus the initials of multi-word names. */
    static Forms of(List<String> names) {
        Forms f = new Forms();
        for (String name : names) {
            f.add(name);
            String initials = Words.initials(name);
            if (initials.length() >= 2 && Words.normal(name).contains(" ")) {
                f.add(initials);
            }
        }
        return f;
    }

    private void add(String name) {
        List<String> keys = Words.spans(name).stream()
                .map(Words.Span::key)
                .filter(k -> !k.isEmpty())
                .toList();
        if (keys.isEmpty() || (keys.size() == 1 && keys.get(0).length() < 2)) {
            return;
        }
        words.add(keys);
        stems.add(keys.stream().map(Forms::stem).toList());
        compacts.add(String.join("", keys));
        longest = Math.max(longest, keys.size() + 1);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** Character ranges [start, end) of {@code text} where one of the forms is written. */
    List<int[]> find(String text) {
        List<Words.Span> spans = Words.spans(text);
        List<int[]> found = new ArrayList<>();
        int i = 0;
        while (i < spans.size()) {
            int n = matchAt(spans, i);
            if (n > 0) {
                found.add(new int[] {spans.get(i).start(), spans.get(i + n - 1).end()});
                i += n;
            } else {
                i++;
            }
        }
        return found;
    }

    boolean occursIn(String text) {
        return !find(text).isEmpty();
    }

    /** {@code text} with every occurrence replaced by {@code blank}. */
    String mask(String text, String blank) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] r : find(text)) {
            out.append(text, at, r[0]).append(blank);
            at = r[1];
        }
        return out.append(text.substring(at)).toString();
    }

    /** How many words from {@code i} spell a form, longest first; 0 when none does. */
    private int matchAt(List<Words.Span> spans, int i) {
        int best = 0;
        for (List<String> form : words) {
            if (form.size() > best && i + form.size() <= spans.size() && sameWords(spans, i, form)) {
                best = form.size();
            }
        }
        for (List<String> form : stems) {
            if (form.size() > best && i + form.size() <= spans.size() && sameStems(spans, i, form)) {
                best = form.size();
            }
        }
        StringBuilder joined = new StringBuilder();
        for (int n = 1; n <= longest && i + n <= spans.size(); n++) {
            joined.append(spans.get(i + n - 1).key());
            if (n > best && compacts.contains(joined.toString())) {
                best = n;
            }
        }
        return best;
    }

    private static boolean sameStems(List<Words.Span> spans, int i, List<String> form) {
        for (int k = 0; k < form.size(); k++) {
            if (!stem(spans.get(i + k).key()).equals(form.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The stems of a text's words, small words left out ("the", "of"): what two names or texts share. */
    static Set<String> stems(String text) {
        Set<String> out = new java.util.HashSet<>();
        for (Words.Span w : Words.spans(text)) {
            if (!Words.STOP.contains(w.key())) {
                out.add(stem(w.key()));
            }
        }
        return out;
    }

    /**
     * The stem of a word key; words of three letters or fewer and words with digits stay as they
     * are ("Gap 1" must not meet "Gap 2" nor "gas").
     */
    static String stem(String key) {
        if (Words.hasDigit(key)) {
            return key;
        }
        String base = Lexicon.verbBase(key);
        return base.length() <= 3 ? base : WordForms.stem(base);
    }

    private static boolean sameWords(List<Words.Span> spans, int i, List<String> form) {
        for (int k = 0; k < form.size(); k++) {
            if (!spans.get(i + k).key().equals(form.get(k))) {
                return false;
            }
        }
        return true;
    }
}
