package crmgraph.extract;

import crmgraph.Regex;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole a list belongs to when its heading is "The X in the Y" ("The stages in the cycle"):
 * the X are the items, the heading is about the Y. Cutting the heading to its first noun ("links")
 * names nothing; the Y, a definite noun phrase, points back to a concept the deck named before
 * ("the chain" after "the service-profit chain"), and that concept is the whole. Where no earlier
 * concept fits, the list stays under the heading as written and the import report says so.
 */
final class ListHeading {

    private static final Pattern ITEMS_IN_THE = Pattern.compile(
            "^(?:the\\s+)?(.{2,40}?)\\s+(?:in|within|of)\\s+(?:the|this|that)\\s+(.{2,40}?)[?:.!\\s]*$",
            Pattern.CASE_INSENSITIVE);

    private ListHeading() {}

    /**
     * The whole of the list under {@code heading}, when the heading has the shape "The X in the Y"
     * with X a plural noun phrase that the prompt's name was cut to; the concept is recorded.
     */
    static Optional<String> whole(String heading, String name, int card, Facts facts) {
        Matcher m = ITEMS_IN_THE.matcher(Names.normalise(heading).strip());
        if (!m.matches() || !Names.clean(m.group(1)).equalsIgnoreCase(name) || !pluralNounPhrase(m.group(1))) {
            return Optional.empty();
        }
        Tagged y = Tagged.of(m.group(2).strip());
        if (!Phrases.nounPhraseOnly(y, 0, y.size())) {
            return Optional.empty();
        }
        Optional<String> earlier = antecedent(Names.clean(m.group(2)), facts.concepts());
        if (earlier.isPresent()) {
            facts.concept(earlier.get(), null, card);
            return earlier;
        }
        String asWritten =
                Names.clean(Regex.replaceFirst(Names.normalise(heading).strip(), "(?i)^the\\s+", ""));
        asWritten = Regex.replaceAll(asWritten, "[?:.!\\s]+$", "");
        facts.concept(asWritten, null, card);
        facts.doubt(
                card,
                "list kept under its heading \"" + asWritten + "\": the heading does not say which concept \""
                        + m.group(2).strip() + "\" is");
        return Optional.of(asWritten);
    }

    /**
     * The whole of a list a term card gives under a section, when the term is one plural noun
     * ("Dimensions: accuracy, completeness, …" under "Data quality"): the noun names what the items
     * are, the section whose they are ("dimensions of data quality"). The concept is recorded.
     */
    static Optional<String> ofSection(String section, String name, int card, Facts facts) {
        Tagged t = Tagged.of(name.strip());
        String[] path = Regex.split(section, " \u203A ");
        if (t.size() != 1 || !t.plural(0) || !t.is(0, "NOUN") || section.isBlank()) {
            return Optional.empty();
        }
        String heading = Names.clean(Names.unshouted(Regex.replaceFirst(path[path.length - 1], "^[\\d.)]+\\s+", "")));
        return ofHeading(heading, name).map(whole -> {
            facts.concept(whole, null, card);
            return whole;
        });
    }

    /**
     * "dimensions of data quality" for a plural noun under the heading "Data quality": only a heading
     * of two words or more that is a term (a one-word heading is as often "Overview" or "Criticism"
     * as a concept).
     */
    static Optional<String> ofHeading(String heading, String plural) {
        if (!NoteHeadings.term(heading)
                || heading.equalsIgnoreCase(plural)
                || Regex.split(heading.strip(), "\\s+").length < 2) {
            return Optional.empty();
        }
        return Optional.of(plural.strip().toLowerCase(Locale.ROOT) + " of " + heading);
    }

    private static boolean pluralNounPhrase(String phrase) {
        Tagged t = Tagged.of(phrase.strip());
        return t.size() > 0 && Phrases.nounPhraseOnly(t, 0, t.size()) && t.plural(t.size() - 1);
    }

    /** The latest concept named before whose name ends in the same head noun ("service-profit chain" for "chain"). */
    static Optional<String> antecedent(String phrase, List<ConceptFact> before) {
        String head = lastWord(phrase);
        for (int i = before.size() - 1; i >= 0; i--) {
            String name = before.get(i).name();
            if (!name.equalsIgnoreCase(phrase) && lastWord(name).equals(head) && name.length() > phrase.length()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static String lastWord(String name) {
        String[] words = Regex.split(name.strip().toLowerCase(Locale.ROOT), "[\\s\\-]+");
        return words.length == 0 ? "" : words[words.length - 1];
    }
}
