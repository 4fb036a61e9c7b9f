package crmgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for what an acronym looks like, asked by extraction and by resolving alike. A word
 * is an acronym when, without a plural or possessive ending ("KPIs", "ROI's"), it is two to eight
 * letters, digits or ampersands with at least two capitals and no more small letters than capitals:
 * "CRM", "B2B", "eCRM", "SaaS", "R&D", "SERVQUAL"; not "A", "I", "Ok", "Customer".
 */
public final class Acronym {

    private static final int MAX_LENGTH = 8;
    /** A word of running text: letters, digits and ampersands, with a possessive ending if any. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9&]+(?:['\u2019]s)?");

    private Acronym() {}

    /** Whether {@code word}, as written, is an acronym (with its plural or possessive ending, if any). */
    public static boolean isAcronym(String word) {
        String stem = stem(word);
        if (stem.length() < 2 || stem.length() > MAX_LENGTH) {
            return false;
        }
        int capitals = 0;
        int small = 0;
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                capitals++;
            } else if (c >= 'a' && c <= 'z') {
                small++;
            } else if (!(c >= '0' && c <= '9' || c == '&')) {
                return false;
            }
        }
        return capitals >= 2 && small <= capitals;
    }

    /** The acronym without its plural or possessive ending: "KPIs" → "KPI", "ROI's" → "ROI"; any other word as written. */
    public static String stem(String word) {
        String w = word.strip();
        if (w.length() > 2
                && (w.endsWith("'s") || w.endsWith("\u2019s"))
                && Character.isUpperCase(w.charAt(w.length() - 3))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 2 && w.endsWith("s") && Character.isUpperCase(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** The acronyms written in running text, each without its plural or possessive ending, in order ("the KPIs of CRM" → KPI, CRM). */
    public static List<String> in(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (isAcronym(m.group())) {
                out.add(stem(m.group()));
            }
        }
        return out;
    }
}
