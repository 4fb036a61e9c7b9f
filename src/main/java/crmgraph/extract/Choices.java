package crmgraph.extract;

import crmgraph.Regex;
import crmgraph.nlp.Acronym;
import crmgraph.read.Shapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Multiple-choice cards: a stem, lettered options, and the answer naming one of them. The options
 * are distractors, never a list. The right option says something only where the stem frames it:
 * "Data mining is:" + the option is a definition of data mining; "Which term refers to …?" + the
 * option names what the stem describes; "Which of these best describes X?" + the option defines
 * X; "What does X stand for?" + the option spells X out. Any other stem gives no fact.
 */
final class Choices {

    /** "X is", "X refers to:", "X is best described as:", "X is mainly used to:", "X, as a dimension, means:". */
    private static final Pattern DEFINING_STEM = Pattern.compile(
            "^(.{2,60}?)(?:,[^,]{2,40},)?\\s+((?:is|are|refers\\s+to|refer\\s+to|means|mean|measures|tracks|shows|indicates|can\\s+be\\s+defined\\s+as|is\\s+defined\\s+as|is\\s+(?:best\\s+)?described\\s+as|(?:is|are)\\s+(?:mainly|mostly|primarily|chiefly|best|usually)\\s+(?:concerned\\s+with|used\\s+(?:to|for)|about|described\\s+as|defined\\s+as)|(?:is|are)\\s+(?:a|an|the)\\s+\\w+(?:\\s+\\w+)?\\s+(?:who|that|which|where|whose)))\\s*[:\u2026]?$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern DESCRIBES_X = Pattern.compile(
            "^(?:which|what)\\s+(?:of\\s+(?:these|the\\s+following)\\s+)?(?:statement\\s+|option\\s+)?(?:best\\s+)?(?:describes|defines|explains)\\s+(.+?)[?.:]*$",
            Pattern.CASE_INSENSITIVE);
    /** "Which is NOT …": the right option is the one that does not belong. */
    private static final Pattern NEGATED = Pattern.compile("\\b(?:NOT|EXCEPT|not|except)\\b");

    private static final Pattern STANDS_FOR =
            Pattern.compile("^what\\s+does\\s+(.+?)\\s+stand\\s+for\\b.*$", Pattern.CASE_INSENSITIVE);

    private Choices() {}

    /** A card's question cut into its stem and options, with the option the answer names. */
    record Question(String stem, List<String> options, Optional<String> answer) {}

    static Optional<Question> of(String front, String back) {
        String[] lines = front.split("\n");
        List<String> options = new ArrayList<>();
        StringBuilder stem = new StringBuilder();
        for (String line : lines) {
            if (Shapes.optionLetter(line) != 0 && (!options.isEmpty() || stem.length() > 0)) {
                options.add(Shapes.optionText(line));
            } else if (options.isEmpty()) {
                stem.append(stem.length() == 0 ? "" : " ").append(line.strip());
            }
        }
        if (options.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Question(stem.toString(), options, chosen(options, back)));
    }

    /** The option the answer names: by letter ("c", "(c)", "c) Trust") or by its text. */
    private static Optional<String> chosen(List<String> options, String back) {
        String a = Shapes.withoutAnswerLabel(back.strip().split("\n", 2)[0]).strip();
        if (a.isEmpty()) {
            return Optional.empty();
        }
        String bare = Regex.replaceAll(a, "^\\(|[.)]$|\\)$", "").strip();
        char letter = bare.length() == 1 ? Character.toLowerCase(bare.charAt(0)) : Shapes.optionLetter(a);
        if (letter >= 'a' && letter - 'a' < options.size()) {
            return Optional.of(options.get(letter - 'a'));
        }
        return options.stream().filter(o -> o.equalsIgnoreCase(a)).findFirst();
    }

    static void read(Question q, int card, Facts facts) {
        if (q.answer().isEmpty()) {
            return;
        }
        String answer = Regex.replaceAll(q.answer().get(), "[.;\\s]+$", "");
        String stem = Names.normalise(q.stem());
        Prompt prompt = PromptParser.parse(stem);
        if (prompt.kind() == Prompt.Kind.NAMED_BY_ANSWER) {
            NamedByAnswer.read(prompt, answer, card, facts);
            return;
        }
        if (ChoiceStems.read(q, answer, card, facts)) {
            return;
        }
        Matcher m = STANDS_FOR.matcher(stem);
        if (m.matches() && Acronym.isAcronym(Frames.concept(m.group(1)))) {
            // the stem says the answer spells the acronym out: initials need not match ("OnLine" gives the L)
            facts.concept(Names.clean(answer), List.of(Frames.concept(m.group(1))), null, card);
            return;
        }
        m = DESCRIBES_X.matcher(stem);
        if (m.matches()) {
            facts.concept(
                    Names.clean(Frames.concept(m.group(1))), Names.cleanDefinition(Names.capitalised(answer)), card);
            return;
        }
        Optional<Framing> framing = Framing.of(stem);
        String unset = framing.map(Framing::rest).orElse(stem);
        m = DEFINING_STEM.matcher(Regex.replaceAll(unset, "\\s*:\\s*$", "").strip());
        if (m.matches() && Names.words(m.group(1)) <= 6) {
            String subject = Names.clean(Frames.concept(m.group(1)));
            // the frame ("according to service-dominant logic") is the definition's context, no part of the name
            framing.filter(Framing::nameable).ifPresent(f -> facts.concept(f.context(), null, card));
            facts.concept(
                    subject,
                    Names.cleanDefinition(Regex.replaceAll(stem, "\\s*[:\u2026]\\s*$", "") + " " + answer),
                    card);
            return;
        }
        if (prompt.kind() == Prompt.Kind.DEFINE
                && stem.strip().endsWith("?")
                && !NEGATED.matcher(stem).find()) {
            // "What does NPS measure?", "What is a data mart?": the right option answers it
            facts.concept(prompt.name(), Names.cleanDefinition(Names.capitalised(answer)), card);
            return;
        }
        if ((prompt.kind() == Prompt.Kind.ABOUT || prompt.kind() == Prompt.Kind.LIST)
                && !ChoiceStems.aboutTheOptions(stem)) {
            facts.concept(prompt.name(), null, card);
        }
        List<String> pair = namedPair(stem, answer);
        if (!pair.isEmpty() && !NEGATED.matcher(stem).find()) {
            pair.forEach(name -> facts.concept(Names.clean(name), null, card));
            return;
        }
        if (NamedByAnswer.names(answer)
                && Names.words(answer) <= 5
                && !answer.contains(",")
                && !NEGATED.matcher(stem).find()) {
            facts.concept(Names.clean(answer), null, card);
        }
    }

    private static final Pattern ASKS_TWO = Pattern.compile("(?i)\\b(?:two|both)\\b");
    private static final int MAX_PAIR_WORDS = 4;

    /**
     * "… brings together which two strategies?" answered by "business strategy and customer
     * strategy": the two names the answer joins, each a concept; empty when the stem asks for no
     * two things or the answer is no pair of short names.
     */
    static List<String> namedPair(String stem, String answer) {
        if (!ASKS_TWO.matcher(stem).find() || answer.contains(",")) {
            return List.of();
        }
        String[] parts = Regex.split(answer.strip(), "\\s+(?:and|&)\\s+");
        if (parts.length != 2) {
            return List.of();
        }
        for (String part : parts) {
            if (part.isBlank() || Names.words(part) > MAX_PAIR_WORDS || !NamedByAnswer.names(part)) {
                return List.of();
            }
        }
        return List.of(parts[0].strip(), parts[1].strip());
    }
}
