package crmgraph.extract;

import crmgraph.RelationType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "Compare the bow-tie and diamond structures." answered term by term ("Bow-tie: …" / "Diamond:
 * …"): the prompt asks for a contrast and names no concept of its own; each term the answer
 * explains is defined by its line, and the terms are set against each other.
 */
final class Comparisons {

    private static final Pattern COMPARE = Pattern.compile(
            "(?i)^\\s*(?:compare|contrast|distinguish(?:\\s+between)?|differentiate\\s+between|explain\\s+the\\s+difference\\s+between)\\s+\\S.*\\s(?:and|with|from)\\s+\\S.*$");

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
        for (ListItem item : explained) {
            facts.concept(Names.clean(item.name()), Names.cleanDefinition(item.explanation()), card);
        }
        for (int i = 1; i < explained.size(); i++) {
            facts.relation(
                    RelationType.RELATED_TO,
                    Names.clean(explained.get(0).name()),
                    Names.clean(explained.get(i).name()),
                    null,
                    "contrast",
                    card);
        }
        return true;
    }
}
