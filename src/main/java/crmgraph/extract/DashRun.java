package crmgraph.extract;

import crmgraph.Regex;
import crmgraph.nlp.Acronym;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits run-on "Term- explanation Term- explanation" text. The dash marks where each term ends;
 * where the previous explanation ends and the next term begins is decided by the terms' shape:
 * capitalised terms in lower-case text, terms sharing the first term's head word ("available
 * non-customers- … ambivalent non customers- …"), or else the noun phrase that closes the chunk.
 */
final class DashRun {

    private static final Pattern DASH = Pattern.compile("(?<=[A-Za-z)])[-\u2013]\\s+");

    private DashRun() {}

    static List<ListItem> split(String text) {
        List<int[]> dashes = new ArrayList<>();
        Matcher m = DASH.matcher(text);
        while (m.find()) {
            dashes.add(new int[] {m.start(), m.end()});
        }
        if (dashes.size() < 2) {
            return List.of();
        }
        String first = text.substring(0, dashes.get(0)[0]).strip();
        if (first.isEmpty() || Regex.split(first, "\\s+").length > 6 || first.endsWith(".")) {
            return List.of();
        }
        List<ListItem> items = new ArrayList<>();
        String term = first;
        for (int j = 1; j <= dashes.size(); j++) {
            int from = dashes.get(j - 1)[1];
            int to = j < dashes.size() ? dashes.get(j)[0] : text.length();
            String chunk = text.substring(from, to).strip();
            if (j == dashes.size()) {
                items.add(new ListItem(term, chunk));
                break;
            }
            String next = nextTerm(chunk, first);
            if (next.isEmpty() || next.length() >= chunk.length()) {
                return List.of();
            }
            items.add(new ListItem(
                    term, chunk.substring(0, chunk.length() - next.length()).strip()));
            term = next;
        }
        return items;
    }

    /** The term at the end of a chunk "explanation of the previous term NEXT TERM". */
    private static String nextTerm(String chunk, String firstTerm) {
        String[] words = Regex.split(chunk, "\\s+");
        String last = words[words.length - 1];
        if (Character.isUpperCase(firstTerm.charAt(0))
                && Character.isUpperCase(last.charAt(0))
                && words.length > 1
                && !Acronym.isAcronym(last)) {
            int k = words.length - 1;
            while (k > 0
                    && Character.isUpperCase(words[k - 1].charAt(0))
                    && Character.isLowerCase(words[k - 2 < 0 ? 0 : k - 1].charAt(words[k - 1].length() - 1))
                    && words.length - k < 3) {
                k--;
            }
            return String.join(" ", List.of(words).subList(k, words.length));
        }
        String head = headWords(firstTerm);
        String folded = fold(chunk);
        if (!head.isEmpty() && folded.endsWith(" " + head)) {
            return withModifiers(chunk, head.split(" ").length);
        }
        return trailingNounPhrase(chunk);
    }

    /** The first term's words after its first one ("available non-customers" → "non customers"). */
    private static String headWords(String term) {
        String[] w = fold(term).split(" ");
        return w.length < 2 ? "" : String.join(" ", List.of(w).subList(1, w.length));
    }

    private static String fold(String s) {
        return Regex.replaceAll(s.toLowerCase(Locale.ROOT).replace('-', ' '), "\\s+", " ")
                .strip();
    }

    /** The head words at the end of the chunk plus the adjectives and adverbs right before them. */
    private static String withModifiers(String chunk, int headWords) {
        Tagged t = Tagged.of(chunk);
        int headTokens = 0;
        int words = 0;
        int i = t.size();
        while (i > 0 && words < headWords) {
            i--;
            if (!t.token(i).equals("-")) {
                words++;
            }
            headTokens++;
        }
        int start = t.size() - headTokens;
        while (start > 0
                && (t.is(start - 1, "ADJ")
                        || t.is(start - 1, "ADV") && t.lower(start - 1).endsWith("ly")
                        || t.is(start - 1, "VERB")
                                && Regex.matches(t.lower(start - 1), ".*(ed|st|en)$")
                                && !t.is(start - 2, "AUX")
                        || t.lower(start - 1).equals("-"))) {
            start--;
        }
        return chunk.substring(t.starts()[start]);
    }

    /** The noun phrase closing a chunk, read backwards from its end. */
    private static String trailingNounPhrase(String chunk) {
        Tagged t = Tagged.of(chunk);
        int start = t.size();
        while (start > 0 && t.size() - start < 4) {
            int i = start - 1;
            String w = t.lower(i);
            boolean ok = t.is(i, "NOUN", "PROPN", "ADJ", "NUM")
                    || t.is(i, "VERB") && (w.endsWith("ed") || w.endsWith("ing"))
                    || t.is(i, "VERB") && i > 0 && t.lower(i - 1).equals("to")
                    || w.equals("to") && start < t.size() && t.is(start, "VERB") && i > 0 && t.is(i - 1, "NOUN");
            if (!ok) {
                break;
            }
            start = i;
        }
        if (start < t.size() - 1 && start > 0 && t.is(start - 1, "DET") && t.is(start, "NOUN", "ADJ")) {
            start++;
        }
        if (start >= t.size()) {
            start = t.size() - 1;
        }
        return chunk.substring(t.starts()[start]);
    }
}
