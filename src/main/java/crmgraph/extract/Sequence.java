package crmgraph.extract;

import crmgraph.Regex;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a list is a sequence, which is more than its items being numbered or spelling
 * a mnemonic: students number the components of a model ("1. trust 2. commitment") and mnemonics
 * fix the letters, not an order ("RATER"). The source must say the items follow one another: a
 * noun of succession naming the list ("the four stages", "steps:"), arrows between the items, words
 * of succession ("first … then … finally"), or items that are actions (imperatives: "Identify,
 * Differentiate, Interact") which the writer numbered or fixed in a mnemonic.
 */
final class Sequence {

    /**
     * Nouns whose members follow one another: the list's own noun when it names a sequence. Not
     * nouns of rank (levels, tiers, a hierarchy): their members stand above one another, but a
     * writer lists them from the top or from the bottom as it comes, so a position says nothing
     * until the text says which way ("from top to bottom", {@link #IN_TURN}).
     */
    private static final Pattern NOUN =
            Pattern.compile("(?i)\\b(stages?|steps?|phases?|cycle|sequence|order|funnel|ladder|chain)\\b");
    /** An item that opens "First …", "Then …", "Finally …" follows the one before. */
    private static final Pattern SUCCESSION =
            Pattern.compile("(?i)^(?:first(?:ly)?|second(?:ly)?|then|next|finally|lastly|afterwards)\\b");
    /** "in this order", "followed by", "one after another": the text says the items come in turn. */
    private static final Pattern IN_TURN = Pattern.compile(
            "(?i)\\b(?:followed\\s+by|in\\s+(?:that\\s+|this\\s+)?order|in\\s+sequence|one\\s+after\\s+(?:the\\s+)?other|sequential(?:ly)?"
                    + "|from\\s+(?:the\\s+)?(?:top|bottom|first|last|lowest|highest|start|beginning)\\s+to\\s+(?:the\\s+)?\\w+)\\b");

    private Sequence() {}

    /**
     * True when {@code text} (a prompt, heading or lead-in) names the list a sequence or says its
     * items come in turn ("in this order", "followed by"). A noun of
     * succession that the series itself follows through "of" measures the members rather than
     * ordering them: "judged by the levels of trust, commitment and satisfaction" names amounts
     * of three things, not three levels. Levels and tiers are ranks, not a sequence: they give no
     * order unless the text says which way it goes.
     */
    static boolean named(String text, List<ListItem> items) {
        if (IN_TURN.matcher(text).find()) {
            return true;
        }
        Matcher m = NOUN.matcher(withoutItems(text, items));
        String first = items.isEmpty() ? "" : items.get(0).name().strip().toLowerCase(Locale.ROOT);
        while (m.find()) {
            String after = text.substring(m.end()).toLowerCase(Locale.ROOT);
            boolean measures = !first.isEmpty()
                    && Regex.matches(
                            after, "^\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?" + Pattern.quote(first) + "\\b.*");
            if (!measures) {
                return true;
            }
        }
        return false;
    }

    /** Whether a list's noun is one whose members follow one another ("stages", "steps"). */
    static boolean succession(String noun) {
        return NOUN.matcher(noun).find();
    }

    /**
     * The text without the items' own names: a member called "Order tracking" or "Supply chain"
     * names no sequence of the list it is in.
     */
    private static String withoutItems(String text, List<ListItem> items) {
        String out = text;
        for (ListItem item : items) {
            String name = item.name().strip();
            if (!name.isEmpty()) {
                out = out.replaceAll("(?i)\\b" + Pattern.quote(name) + "\\b", " ");
            }
        }
        return out;
    }

    /**
     * The sentence that leads into a list from the prose before it ("The model is drawn as a
     * sequence of seven links:"), or "" when the prose does not end in a colon.
     */
    static String leadIn(String prose) {
        String p = prose == null ? "" : prose.strip();
        if (!p.endsWith(":")) {
            return "";
        }
        int end = Math.max(p.lastIndexOf(". "), Math.max(p.lastIndexOf("? "), p.lastIndexOf("! ")));
        return p.substring(end + 1).strip();
    }

    /**
     * True when the list as written is a sequence: steps joined by arrows, items opening with words
     * of succession, or actions the writer numbered from 1 ({@code answer.ordered()}) or spelled out
     * as a mnemonic ({@code spelled}). A list whose numbering starts after 1 lost its first item and
     * is never complete enough to be a sequence.
     */
    static boolean written(Answer answer, boolean spelled) {
        if (answer.cut()) {
            return false;
        }
        if ("arrows".equals(answer.shape())) {
            return true;
        }
        List<ListItem> items = answer.items();
        if (items.size() >= 2
                && items.stream().filter(Sequence::opensWithSuccession).count() >= 2) {
            return true;
        }
        return (answer.ordered() || spelled) && actions(items);
    }

    private static boolean opensWithSuccession(ListItem item) {
        String text = item.name() + (item.explained() ? " " + item.explanation() : "");
        return SUCCESSION.matcher(text.strip()).lookingAt();
    }

    /**
     * Every item opens with a verb in its base form: an instruction ("Listen", "Fix it quickly").
     * Each is read as "to …" so that a word that can be a verb is tagged as one, and a noun stays
     * a noun ("to awareness").
     */
    static boolean actions(List<ListItem> items) {
        return items.size() >= 2 && items.stream().allMatch(Sequence::action);
    }

    private static boolean action(ListItem item) {
        String name = Names.clean(item.name());
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            return false;
        }
        Tagged t = Tagged.of("to " + name.toLowerCase(Locale.ROOT));
        return t.size() >= 2
                && t.is(1, "VERB")
                && t.lower(1).equals(t.lemmas().get(1).toLowerCase(Locale.ROOT));
    }
}
