package crmgraph.extract;

import crmgraph.Regex;
import crmgraph.RelationType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "Compare the bow-tie and diamond structures." answered term by term ("Bow-tie: …" / "Diamond:
 * …"): the prompt asks for a contrast and names no concept of its own; each term the answer
 * explains is defined by its line, and the terms are set against each other. So too "What is the
 * difference between X and Y?", "X vs Y" and "How does X differ from Y?". A line's label that
 * shortens a term the prompt names in full ("Monitoring = …" after "social monitoring and social
 * listening") defines the term by its full name.
 */
final class Comparisons {

    /** The words that open a comparing prompt, before its terms. */
    private static final String OPENING = "compare|contrast|distinguish(?:\\s+between)?|differentiate\\s+between"
            + "|(?:(?:explain|what\\s+is|what's|what\\s+are)\\s+)?(?:the\\s+)?(?:main\\s+|key\\s+)?differences?\\s+between";

    private static final Pattern COMPARE = Pattern.compile("(?i)^\\s*(?:" + OPENING
            + "|how\\s+(?:does|do|is|are)(?=.*\\sdiffer))\\s+\\S.*\\s(?:and|with|from|&)\\s+\\S.*$"
            + "|^\\s*[^\\s?]\\S*(?:\\s+\\S+){0,4}\\s+(?:vs\\.?|versus)\\s+\\S+(?:\\s+\\S+){0,4}\\s*$");
    /** What a comparing prompt says around its terms. */
    private static final Pattern FRAME = Pattern.compile("(?i)^\\s*(?:" + OPENING + "|how\\s+(?:does|do|is|are))\\s+"
            + "|\\s+differ(?:s|ent)?\\b|[?.!]+\\s*$|\\s*\\([^)]*\\)\\s*$");

    private Comparisons() {}

    /** Reads the card when its prompt asks for a comparison and its answer explains two terms or more; false otherwise. */
    static boolean read(String front, String back, int card, Facts facts) {
        if (!COMPARE.matcher(front.strip()).matches()) {
            return false;
        }
        Answer answer = ListParser.parse(back);
        List<ListItem> explained =
                answer.items().stream().filter(ListItem::explained).toList();
        if (explained.size() < 2 || explained.size() != answer.items().size()) {
            return false;
        }
        List<String> compared = compared(front);
        List<String> names = explained.stream()
                .map(item -> fullName(Names.clean(item.name()), compared))
                .toList();
        for (int i = 0; i < explained.size(); i++) {
            facts.concept(names.get(i), Names.cleanDefinition(explained.get(i).explanation()), card);
        }
        for (int i = 1; i < names.size(); i++) {
            facts.relation(RelationType.RELATED_TO, names.get(0), names.get(i), null, "contrast", card);
        }
        return true;
    }

    /**
     * The terms the prompt sets against each other, as written, without its frame. A lone adjective
     * shares the last term's noun ("technical vs. functional quality": technical quality).
     */
    static List<String> compared(String front) {
        String terms = FRAME.matcher(front.strip()).replaceAll(" ").strip();
        List<String> out = java.util.Arrays.stream(
                        Regex.split(terms, "\\s*,\\s*(?:and\\s+)?|\\s+(?:and|with|from|&|vs\\.?|versus)\\s+"))
                .map(Names::clean)
                .filter(t -> !t.isEmpty())
                .toList();
        if (out.size() < 2) {
            return out;
        }
        String last = out.get(out.size() - 1);
        int space = last.indexOf(' ');
        if (space < 0 || !adjective(last.substring(0, space))) {
            return out;
        }
        String noun = last.substring(space);
        return out.stream()
                .map(t -> !t.contains(" ") && adjective(t) ? t + noun : t)
                .toList();
    }

    private static boolean adjective(String word) {
        Tagged t = NoteWords.tag(word.toLowerCase(Locale.ROOT) + " thing");
        return !t.tags().isEmpty() && t.tags().get(0).equals("ADJ");
    }

    /**
     * The prompt's term that a label shortens by leaving out a word ("Monitoring" of "social
     * monitoring", "Inbound" of "inbound selling"): the label is the term's last words, or its first
     * where every term is written in full; and no term is the label itself. Otherwise the label as written.
     */
    static String fullName(String label, List<String> compared) {
        String lower = label.toLowerCase(Locale.ROOT);
        if (compared.stream().anyMatch(t -> t.equalsIgnoreCase(label))) {
            return label;
        }
        // "the bow-tie and diamond structures": a lone word beside a longer term may share its noun, or not
        boolean eachInFull = compared.stream().allMatch(t -> t.contains(" "));
        for (String term : compared) {
            String t = term.toLowerCase(Locale.ROOT);
            if (t.endsWith(" " + lower) || eachInFull && t.startsWith(lower + " ")) {
                return term;
            }
        }
        return label;
    }
}
