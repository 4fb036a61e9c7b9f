package crmgraph.score;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How gold and reading are compared: names up to case, punctuation, hyphens, articles and plural
 * endings; texts up to case, punctuation and blanks, by their first {@value #PREFIX} characters.
 */
final class Match {

    static final int PREFIX = 40;
    static final int DEFINITION_START = 80;
    private static final Pattern PARENS = Pattern.compile("\\([^)]*\\)");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9&%+' ]");

    private Match() {}

    /** A name as compared: "The Customer-Lifetime Values" → "customer lifetime value". */
    static String name(String s) {
        String n = quotes(s == null ? "" : s).toLowerCase(Locale.ROOT);
        n = PARENS.matcher(n).replaceAll(" ").replaceAll("[\\-\u2013\u2014_/]", " ");
        n = NOT_WORD.matcher(n)
                .replaceAll(" ")
                .replace("'", "")
                .replaceAll("\\s+", " ")
                .strip();
        n = n.replaceFirst("^(the|a|an) ", "");
        StringBuilder b = new StringBuilder();
        for (String w : n.split(" ")) {
            b.append(b.length() == 0 ? "" : " ").append(singular(w));
        }
        return b.toString();
    }

    /** A text as compared: lower case, letters and digits only, single spaces. */
    static String text(String s) {
        String t = quotes(s == null ? "" : s).toLowerCase(Locale.ROOT).replaceAll("_{2,}", " ");
        return t.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The first {@value #PREFIX} characters of a compared text, cut at a word end. */
    static String prefix(String s) {
        String t = text(s);
        if (t.length() <= PREFIX) {
            return t;
        }
        int cut = t.lastIndexOf(' ', PREFIX);
        return t.substring(0, cut > 10 ? cut : PREFIX);
    }

    /** Without an "Answer:" label in front. */
    static String withoutAnswerLabel(String s) {
        return s.strip().replaceFirst("(?i)^(?:correct\\s+)?(?:answer|ans)\\s*(?:[:.=\\-\u2013]|is\\b)\\s*", "");
    }

    /** Without a list marker ("1.", "-", "•") or an option's letter ("b)") in front either. */
    static String withoutMarker(String s) {
        return withoutAnswerLabel(s)
                .replaceFirst("^(?:[-*\u2022\u25AA\u25CF\u25E6]|\\d{1,2}[.)]|[a-hA-H][.)])\\s+", "");
    }

    /**
     * A gold definition's start as compared: all of it, up to {@value #DEFINITION_START} characters.
     * Definitions of siblings often open alike ("The type of commitment that rests on …"), so the
     * first {@value #PREFIX} would match either.
     */
    static String start(String s) {
        String t = text(s);
        if (t.length() <= DEFINITION_START) {
            return t;
        }
        int cut = t.lastIndexOf(' ', DEFINITION_START);
        return t.substring(0, cut > 20 ? cut : DEFINITION_START);
    }

    /** Two names are the same concept: equal, or equal without spaces or "-ing" endings. */
    static boolean sameName(String a, String b) {
        String x = name(a);
        String y = name(b);
        return !x.isEmpty() && (x.equals(y) || squash(x).equals(squash(y)));
    }

    private static String squash(String n) {
        return n.replaceAll("ing\\b", "").replace(" ", "");
    }

    private static String singular(String w) {
        if (w.length() > 3 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String quotes(String s) {
        return s.replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u201C', '"')
                .replace('\u201D', '"');
    }
}
