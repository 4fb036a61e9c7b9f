package crmgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Definitions textbook prose gives in passing, beside the name rather than after "X is":
 * <ul>
 *   <li>"… what is known as the zone of tolerance, the range of performance a customer …": a
 *       name after "known as", "called", "calls" or "termed", then a noun phrase saying what it is;
 *   <li>"A third level, predicted service, is what the customer expects …": a name set off by
 *       commas after the noun phrase it names, then "is" and what it is.
 * </ul>
 * The name must read as a term and the description open with an article or a noun; anything else
 * defines nothing.
 */
final class Appositives {

    private static final Pattern NAMED_THEN_DESCRIBED = Pattern.compile(
            "(?i)\\b(?:known\\s+as|called|calls|termed|referred\\s+to\\s+as)\\s+(?:the\\s+)?([^,:;()]{3,50}?)\\s*[,:]\\s+((?:the|a|an)\\s+[^;]{10,}?)(?:[;.]|$)");
    private static final Pattern SET_OFF_NAME = Pattern.compile(
            "^(?:a|an|the)\\s+[^,]{2,40},\\s+([^,]{3,50}),\\s+((?:is|are)\\s+[^;]{10,}?)(?:[;.]|$)",
            Pattern.CASE_INSENSITIVE);

    private Appositives() {}

    /** The definitions a sentence gives beside its names. */
    static List<ProseDefinitions.Found> in(String sentence) {
        List<ProseDefinitions.Found> found = new ArrayList<>();
        Matcher named = NAMED_THEN_DESCRIBED.matcher(sentence);
        while (named.find()) {
            add(named.group(1), named.group(2), found);
        }
        Matcher setOff = SET_OFF_NAME.matcher(sentence.strip());
        if (setOff.find()) {
            String name = setOff.group(1).strip();
            add(name, name + " " + setOff.group(2), found);
        }
        return found;
    }

    private static void add(String name, String definition, List<ProseDefinitions.Found> found) {
        String clean = Names.clean(name);
        if (NoteHeadings.term(clean) && Names.words(clean) <= 5) {
            found.add(new ProseDefinitions.Found(clean, List.of(), Names.cleanDefinition(definition.strip())));
        }
    }
}
