package crmgraph.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Options labelled A, B, C …: reading a letter (or a number) typed for one. */
final class Letters {

    private Letters() {}

    static String label(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** The option a lone letter or number picks, if the answer is one. */
    static Optional<String> choice(List<String> options, String given) {
        return index(given.strip(), options.size()).map(options::get);
    }

    /** A sequence of letters or numbers ("C A B", "c,a,b", "CAB", "3 1 2") as option indexes. */
    static Optional<List<Integer>> sequence(String given, int size) {
        String s = given.strip().toUpperCase(Locale.ROOT);
        String[] parts = s.contains(" ") || s.contains(",") || s.contains(">") || s.contains("\u2192")
                ? s.split("[\\s,;|>\\-\u2192]+")
                : s.matches("[A-Z]+") ? s.split("") : new String[] {s};
        List<Integer> out = new ArrayList<>();
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            Optional<Integer> i = index(p, size);
            if (i.isEmpty()) {
                return Optional.empty();
            }
            out.add(i.get());
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    private static Optional<Integer> index(String token, int size) {
        String t = token.toUpperCase(Locale.ROOT).replaceAll("[).:]$", "");
        if (t.length() == 1 && t.charAt(0) >= 'A' && t.charAt(0) < 'A' + size) {
            return Optional.of(t.charAt(0) - 'A');
        }
        if (t.matches("\\d{1,2}")) {
            int n = Integer.parseInt(t);
            return n >= 1 && n <= size ? Optional.of(n - 1) : Optional.empty();
        }
        return Optional.empty();
    }
}
