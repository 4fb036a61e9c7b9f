package crmgraph.extract;

import crmgraph.Regex;
import crmgraph.nlp.Acronym;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "What does CPA stand for?" answered "Cost per acquisition – what the firm pays for each sale":
 * the card names cost per acquisition, with CPA its acronym, and defines it by what follows the
 * name. The name is the answer's first words whose initials spell the acronym, set off by a dash,
 * colon or comma, or ending the answer.
 */
final class StandsFor {

    private static final Pattern ASKS =
            Pattern.compile("(?i)^\\s*what\\s+(?:does|do|did)\\s+(\\S+)\\s+stand\\s+for\\s*\\??\\s*$");
    private static final Pattern NAME_THEN_TEXT =
            Pattern.compile("^\\s*([^:\u2013\u2014,.]+?)\\s*(?:\\s[-\u2013\u2014]\\s|:|,|$)\\s*(.*)$", Pattern.DOTALL);

    private StandsFor() {}

    /** True when the card asks what an acronym stands for and its answer spells it out; the facts are recorded. */
    static boolean read(String front, String back, int card, Facts facts) {
        Matcher asks = ASKS.matcher(Names.normalise(front));
        if (!asks.matches()) {
            return false;
        }
        String acronym = Regex.replaceAll(asks.group(1), "[^A-Za-z0-9&]", "");
        Matcher answer = NAME_THEN_TEXT.matcher(Names.normalise(back).strip());
        if (!Acronym.isAcronym(acronym) || !answer.matches()) {
            return false;
        }
        String name = Names.clean(answer.group(1));
        List<String> words = List.of(Regex.split(name, "\\s+"));
        if (!Names.spells(words, acronym)) {
            return false;
        }
        String rest = answer.group(2).strip();
        facts.concept(name, List.of(acronym), rest.isEmpty() ? null : rest, card);
        return true;
    }
}
