package crmgraph.extract;

import crmgraph.Regex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prompts that name several concepts at once: "Explain A, B and C" answered by "A: …" items, or
 * "X and Y" whose answer treats X and Y as two things. Each named concept gets its own
 * explanation; no concept is made of the combined phrase.
 */
final class Compounds {

    private Compounds() {}

    /** True when the prompt named several concepts and they were recorded. */
    static boolean split(String name, List<ListItem> members, String definition, int card, Facts facts) {
        List<String> pieces = pieces(name);
        if (pieces.size() < 2) {
            return false;
        }
        int matched = 0;
        for (ListItem m : members) {
            if (pieces.stream().anyMatch(p -> same(p, m.name()))) {
                matched++;
            }
        }
        if (matched >= 2 && matched >= pieces.size() - 1) {
            for (ListItem m : members) {
                facts.concept(
                        Names.clean(m.name()), m.explained() ? Names.cleanDefinition(m.explanation()) : null, card);
            }
            pieces.stream()
                    .filter(p -> members.stream().noneMatch(m -> same(p, m.name())))
                    .forEach(p -> facts.concept(p, null, card));
            return true;
        }
        // "signs, symbols and artifacts" over "explicit and implicit signals …": one term, defined together
        if (members.isEmpty()
                && definition == null
                && name.contains(",")
                && pieces.size() >= 3
                && pieces.stream().allMatch(p -> Names.words(p) <= 4)) {
            pieces.forEach(p -> facts.concept(p, null, card));
            return true;
        }
        return false;
    }

    /** Surnames with a year in brackets: a reference to a work, whose authors are no concepts of the course. */
    static boolean citation(String name) {
        return Regex.matches(
                name.strip(),
                "\\p{Lu}[\\p{L}'’-]+(?:(?:\\s*,\\s*|\\s+(?:and|&)\\s+|\\s*,\\s*(?:and|&)\\s+)\\p{Lu}[\\p{L}'’-]+)*"
                        + "(?:\\s+et\\s+al\\.?)?\\s*\\(\\s*(?:1[89]|20)\\d\\d[a-z]?\\s*\\)");
    }

    private static List<String> pieces(String name) {
        List<String> out = new ArrayList<>();
        for (String p : Regex.split(name, "\\s*,\\s*(?:and\\s+|&\\s+)?|\\s+(?:and|&|vs\\.?|versus)\\s+")) {
            String clean = Names.clean(p);
            if (!clean.isEmpty()) {
                out.add(clean);
            }
        }
        return out;
    }

    private static boolean same(String piece, String member) {
        String a = fold(piece);
        String b = fold(Names.clean(member));
        return !a.isEmpty()
                && !b.isEmpty()
                && (a.equals(b)
                        || a.endsWith(" " + b)
                        || b.endsWith(" " + a)
                        || b.startsWith(a + " ")
                        || a.startsWith(b + " "));
    }

    private static String fold(String s) {
        return Regex.replaceAll(
                        Regex.replaceAll(s.toLowerCase(Locale.ROOT).replace('-', ' '), "[^a-z0-9 ]", ""), "s\\b", "")
                .strip();
    }
}
