package crmgraph.quiz;

import crmgraph.graph.StudyMaterial.Concept;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a list is announced with its count ("the five SERVQUAL dimensions", "4 types of CRM",
 * "7Ps"): in its whole's name or in one of its definitions. Such a list is closed, so a member
 * left out has one right answer.
 */
final class Counts {

    /** English number words as numbers: the numerals themselves, not a list of course words. */
    private static final List<String> NUMBER_WORDS = List.of(
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

    private static final Pattern NUMBER = Pattern.compile("\\b(\\d{1,2})(?=\\p{L}|\\b)|\\b(\\p{L}+)\\b");

    private Counts() {}

    static boolean announced(Concept whole, int members) {
        if (numbers(whole.name()).contains(members)) {
            return true;
        }
        return whole.definitions().stream().anyMatch(d -> numbers(d.text()).contains(members));
    }

    /** The numbers written in a text, as digits or as words. */
    static List<Integer> numbers(String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                out.add(Integer.parseInt(m.group(1)));
            } else {
                int word = NUMBER_WORDS.indexOf(m.group(2).toLowerCase(Locale.ROOT));
                if (word >= 0) {
                    out.add(word);
                }
            }
        }
        return out;
    }
}
