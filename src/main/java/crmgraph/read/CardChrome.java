package crmgraph.read;

import crmgraph.Regex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The line a study site prints under every card ("Rate your confidence: 1 … 5 Got it", "Share ·
 * Report", a footer link): whatever its words, it is the same closing line on many cards of one
 * deck, and never a card's whole answer. Such a line is cut from the cards' backs and listed as
 * furniture, with a warning naming it and where it stood, so nothing is lost silently. A line two
 * cards share ("see the SERVQUAL card") is content: it must close at least three cards and a third
 * of the deck.
 */
final class CardChrome {

    /** Cards a closing line must end before it counts as chrome. */
    private static final int MIN_CARDS = 3;
    /** ... and the share of the deck's cards it must end. */
    private static final double MIN_SHARE = 1.0 / 3;
    /** Chrome lines stacked under a card ("Rate …", then "Report"): how many are peeled off at most. */
    private static final int MAX_LAYERS = 3;

    /** The cards with the chrome cut off, the lines it stood on, and one warning per chrome text. */
    record Stripped(List<Card> cards, List<DroppedLine> dropped, List<String> warnings) {}

    private CardChrome() {}

    static Stripped strip(List<Card> cards, List<SourceLine> lines, SourceMap positions) {
        List<Card> current = cards;
        List<DroppedLine> dropped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int layer = 0; layer < MAX_LAYERS; layer++) {
            String chrome = chromeLine(current);
            if (chrome == null) {
                break;
            }
            List<Card> next = new ArrayList<>(current.size());
            List<Integer> where = new ArrayList<>();
            for (Card card : current) {
                String kept = without(card.back(), chrome);
                if (card.back().lines().noneMatch(l -> fold(l).equals(chrome)) || kept.isBlank()) {
                    next.add(card);
                    continue;
                }
                List<Integer> at = sourceLines(card, chrome, lines);
                at.forEach(
                        n -> dropped.add(new DroppedLine(n, lines.get(n - 1).stripped(), DroppedLine.Kind.FURNITURE)));
                where.addAll(at);
                next.add(withBack(card, kept, at.contains(card.endLine()) ? card.endLine() : 0, lines));
            }
            warnings.add(warning(chrome, current, next, where, positions));
            current = next;
        }
        return new Stripped(current, dropped, warnings);
    }

    /** The folded closing line that ends enough cards (each with more to its answer) and no card alone; null if none. */
    private static String chromeLine(List<Card> cards) {
        Map<String, Integer> closing = new LinkedHashMap<>();
        Map<String, Integer> whole = new LinkedHashMap<>();
        for (Card card : cards) {
            String last = lastLine(card.back());
            if (last == null || !content(last)) {
                continue;
            }
            (rest(card.back()).isBlank() ? whole : closing).merge(fold(last), 1, Integer::sum);
        }
        int needed = Math.max(MIN_CARDS, (int) Math.ceil(cards.size() * MIN_SHARE));
        return closing.entrySet().stream()
                .filter(e -> e.getValue() >= needed && !whole.containsKey(e.getKey()))
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** A line that could be chrome: not a list item, a bare number or a true/false verdict, which lists and cards repeat. */
    private static boolean content(String line) {
        return !Shapes.isListLine(line) && !Shapes.isInteger(line) && !Shapes.isVerdict(line) && line.length() > 1;
    }

    private static String lastLine(String back) {
        List<String> nonBlank = back.lines().filter(l -> !l.isBlank()).toList();
        return nonBlank.isEmpty() ? null : nonBlank.get(nonBlank.size() - 1).strip();
    }

    /** The back without its last non-blank line. */
    private static String rest(String back) {
        List<String> all = back.lines().toList();
        int last = all.size() - 1;
        while (last >= 0 && all.get(last).isBlank()) {
            last--;
        }
        return last <= 0 ? "" : String.join("\n", all.subList(0, last)).stripTrailing();
    }

    /**
     * The back without the chrome's lines: once a line has shown itself chrome by closing many
     * cards, it goes wherever it stands (a site may print another line of its own below it).
     */
    private static String without(String back, String chrome) {
        return String.join(
                        "\n", back.lines().filter(l -> !fold(l).equals(chrome)).toList())
                .strip();
    }

    /** The numbers of the lines in the card's span that hold the chrome. */
    private static List<Integer> sourceLines(Card card, String chrome, List<SourceLine> lines) {
        List<Integer> out = new ArrayList<>();
        for (int n = Math.max(card.line(), 1); n <= Math.min(card.endLine(), lines.size()); n++) {
            if (fold(lines.get(n - 1).text()).equals(chrome)) {
                out.add(n);
            }
        }
        return out;
    }

    /** The card with its new back; its span ends before the chrome when the chrome was its last line. */
    private static Card withBack(Card card, String back, int chromeLine, List<SourceLine> lines) {
        int end = card.endLine();
        if (chromeLine == end) {
            end--;
            while (end > card.line() && lines.get(end - 1).blank()) {
                end--;
            }
        }
        return new Card(
                card.ordinal(),
                card.front(),
                back,
                card.line(),
                Math.max(card.line(), end),
                card.kind(),
                card.section(),
                card.doubt(),
                card.tags());
    }

    private static String warning(
            String chrome, List<Card> before, List<Card> after, List<Integer> where, SourceMap positions) {
        BitSet changed = new BitSet();
        for (int i = 0; i < before.size(); i++) {
            changed.set(i, before.get(i) != after.get(i));
        }
        int at = where.isEmpty() ? after.get(changed.nextSetBit(0)).line() : where.get(0);
        String first = String.valueOf(positions.at(at));
        String lineList = where.size() <= 1
                ? ""
                : " (lines "
                        + String.join(", ", where.stream().map(String::valueOf).toList()) + ")";
        String text = before.get(changed.nextSetBit(0))
                .back()
                .lines()
                .filter(l -> fold(l).equals(chrome))
                .findFirst()
                .orElse(chrome)
                .strip();
        return first + ": \"" + Excerpt.of(text) + "\" closes " + changed.cardinality() + " of " + before.size()
                + " cards" + lineList + ": dropped from them as the study site's furniture";
    }

    private static String fold(String text) {
        return Regex.replaceAll(text.strip().toLowerCase(Locale.ROOT), "\\s+", " ");
    }
}
