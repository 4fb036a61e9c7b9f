package crmgraph.quiz;

import crmgraph.graph.StudyMaterial.Concept;
import crmgraph.nlp.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a keyword cloze may blank: only what a course teaches, where one answer is right. The
 * blank is a whole noun phrase (never a piece of a compound or a set phrase such as "taking care
 * of", never a verb or a span crossing one), not inside brackets or an open example list ("e.g.",
 * "such as", "… etc.") and not one of a series ("usefulness, design, ____") unless it is a member
 * of a named list of the graph; and it is specific: a known concept of several words, or words
 * rare across the graph's definitions that are no category heading several concept names.
 */
final class Blanks {

    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "ADJ", "NUM");
    /** Words that open an example or an open list; what follows them up to the clause's end is illustration. */
    private static final Pattern EXAMPLES = Pattern.compile(
            "\\be\\.\\s?g\\b|\\bi\\.\\s?e\\b|\\b(?:eg|for example|for instance|such as|including|includes?|like)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern OPEN_END = Pattern.compile("\\betc\\b|\u2026|\\.\\.\\.", Pattern.CASE_INSENSITIVE);

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+(?=\\p{Lu})");

    /** Words, spaces, hyphens and apostrophes: a blank over markup or symbols ("script>alert") is no term. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\s'\u2019\\-]*");

    private final StudyIndex index;

    Blanks(StudyIndex index) {
        this.index = index;
    }

    /** A span of a definition proposed as the blank. */
    record Span(int start, int end, Concept known) {}

    /** Why the span cannot be the blank, or empty when it can. */
    Optional<String> unfit(Concept defined, String text, List<Token> tokens, Span span) {
        int first = firstToken(tokens, span.start());
        int last = lastToken(tokens, span.end());
        if (first < 0 || last < first) {
            return Optional.of("not on word boundaries");
        }
        if (!PLAIN.matcher(text.substring(span.start(), span.end())).matches()) {
            return Optional.of("not plain words");
        }
        List<Token> words = tokens.subList(first, last + 1);
        if (words.stream().anyMatch(t -> t.tag().equals("VERB") || t.tag().equals("AUX"))
                || !words.get(words.size() - 1).isNoun()) {
            return Optional.of("not a noun phrase");
        }
        if (span.known() == null && words.stream().anyMatch(t -> Words.hasDigit(t.text()))) {
            return Optional.of("a figure, not a term");
        }
        if (inCompound(tokens, first, last)
                || setPhrase(tokens, first, last)
                || gerund(tokens, first, last)
                || subjectAndVerb(tokens, first, last)) {
            return Optional.of("part of a compound or a set phrase");
        }
        if (span.known() == null && pluralModifier(tokens, first, last)) {
            return Optional.of("two noun phrases, not one");
        }
        if (genus(tokens, first, last)) {
            return Optional.of("the definition's general word");
        }
        if (inBrackets(text, span.start()) || inExamples(text, span.start()) || inMarker(text, span)) {
            return Optional.of("inside an example");
        }
        if (inSeries(tokens, first, last) && !closedListMember(defined, text, span)) {
            return Optional.of("one of an open series");
        }
        return generic(span, words) ? Optional.of("generic") : Optional.empty();
    }

    private boolean generic(Span span, List<Token> words) {
        List<String> keys =
                Words.spans(words.stream()
                                .map(Token::text)
                                .reduce((a, b) -> a + " " + b)
                                .orElse(""))
                        .stream()
                        .map(Words.Span::key)
                        .filter(k -> !Words.STOP.contains(k))
                        .toList();
        if (keys.isEmpty()) {
            return true;
        }
        if (keys.size() == 1) {
            String key = keys.get(0);
            return !index.rare(key) || index.heads(key);
        }
        return span.known() == null && keys.stream().noneMatch(index::rare);
    }

    /** A noun or adjective right before, or a noun right after: the span is a piece of a longer name. */
    private static boolean inCompound(List<Token> tokens, int first, int last) {
        boolean before = first > 0
                && attached(tokens, first - 1, first)
                && NOMINAL.contains(tokens.get(first - 1).tag());
        boolean after = last + 1 < tokens.size()
                && attached(tokens, last, last + 1)
                && tokens.get(last + 1).isNoun();
        return before || after;
    }

    private static boolean attached(List<Token> tokens, int a, int b) {
        return tokens.get(b).start() - tokens.get(a).end() <= 1;
    }

    /**
     * A bare noun between a verb and a preposition ("taking care of", "keep track of"), or a bare
     * singular noun after a preposition that ends its phrase ("for example,", "in person."): an idiom.
     */
    private static boolean setPhrase(List<Token> tokens, int first, int last) {
        if (first != last || first == 0) {
            return false;
        }
        Token before = tokens.get(first - 1);
        Token after = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
        boolean verbThenPreposition =
                before.tag().equals("VERB") && after != null && after.tag().equals("ADP");
        String word = tokens.get(first).text();
        boolean afterPreposition = before.tag().equals("ADP")
                && !word.endsWith("s")
                && (after == null || after.tag().equals("PUNCT"));
        return verbThenPreposition || afterPreposition;
    }

    /**
     * "customer interacts directly", "buyer rises with": a singular noun and a verb the tagger took
     * for a plural noun, then an adverb, article or preposition. A true compound so placed ("service
     * levels of") is lost with them: a missing item is better than a wrong one.
     */
    private static boolean subjectAndVerb(List<Token> tokens, int first, int last) {
        return last > first
                && tokens.get(last).text().endsWith("s")
                && !tokens.get(last - 1).text().endsWith("s")
                && last + 1 < tokens.size()
                && Set.of("ADV", "DET", "ADP", "PART")
                        .contains(tokens.get(last + 1).tag());
    }

    /**
     * English compounds take a singular noun in front ("customer data"); a plural noun followed by
     * another ("needs buyers", "buyers judge") is two phrases or a subject and its verb.
     */
    private static boolean pluralModifier(List<Token> tokens, int first, int last) {
        for (int i = first; i < last; i++) {
            Token t = tokens.get(i);
            String w = t.text().toLowerCase(java.util.Locale.ROOT);
            if (t.isNoun()
                    && NOMINAL.contains(tokens.get(i + 1).tag())
                    && !crmgraph.nlp.WordForms.singular(w).equals(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The single noun a definition opens with ("The ____ to perform …", "A ____ in which …") is its
     * general class — ability, situation, percentage — which many words would fit.
     */
    private static boolean genus(List<Token> tokens, int first, int last) {
        if (first != last) {
            return false;
        }
        for (int i = 0; i < first; i++) {
            if (!Set.of("DET", "ADJ", "NUM").contains(tokens.get(i).tag())) {
                return false;
            }
        }
        return true;
    }

    /** A lone "-ing" noun without a determiner ("claims handling", "following up") is an action, a verb in fact. */
    private static boolean gerund(List<Token> tokens, int first, int last) {
        Token word = tokens.get(first);
        boolean determined = first > 0
                && Set.of("DET", "PRON", "NUM").contains(tokens.get(first - 1).tag());
        return first == last && word.text().toLowerCase(java.util.Locale.ROOT).endsWith("ing") && !determined;
    }

    /** A comma, "and", "or" or slash joins the span to another noun phrase. */
    private static boolean inSeries(List<Token> tokens, int first, int last) {
        int before = first - 1;
        while (before >= 0 && Set.of("DET", "ADJ").contains(tokens.get(before).tag())) {
            before--;
        }
        boolean joinedBefore = before > 0 && joiner(tokens.get(before)) && nominal(tokens.get(before - 1));
        boolean joinedAfter =
                last + 2 < tokens.size() && joiner(tokens.get(last + 1)) && nominalAhead(tokens, last + 2);
        return joinedBefore || joinedAfter;
    }

    private static boolean joiner(Token t) {
        return t.tag().equals("CCONJ") || Set.of(",", "/", "&").contains(t.text());
    }

    private static boolean nominal(Token t) {
        return t.isNoun() || t.tag().equals("ADJ");
    }

    /** A noun phrase starts at {@code i}: determiners and adjectives, then a noun. */
    private static boolean nominalAhead(List<Token> tokens, int i) {
        int k = i;
        while (k < tokens.size()
                && Set.of("DET", "ADJ", "NUM").contains(tokens.get(k).tag())) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).isNoun();
    }

    /** A member of a closed list (its count announced) the defined concept heads, or named in the same text. */
    private boolean closedListMember(Concept defined, String text, Span span) {
        if (span.known() == null || OPEN_END.matcher(text).find()) {
            return false;
        }
        Set<String> wholes = new java.util.HashSet<>();
        wholes.add(defined.id());
        index.mentions(text).forEach(m -> wholes.add(m.concept().id()));
        // Only a list that says how many members it has is closed: any other series may go on.
        wholes.removeIf(
                w -> !Counts.announced(index.concept(w), index.partsOf(w).size()));
        return index.memberOf(span.known().id(), wholes);
    }

    /** The blank would take a word of "for example" or "such as" itself. */
    private static boolean inMarker(String text, Span span) {
        java.util.regex.Matcher m = EXAMPLES.matcher(text);
        while (m.find()) {
            if (m.start() < span.end() && m.end() > span.start()) {
                return true;
            }
        }
        return false;
    }

    private static boolean inBrackets(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** After "e.g.", "such as", "including" … in the same clause (up to a semicolon, a full stop or a closing bracket). */
    private static boolean inExamples(String text, int at) {
        String before = text.substring(0, at);
        int clause = Math.max(
                Math.max(before.lastIndexOf(';'), before.lastIndexOf(')')),
                Math.max(sentenceEnd(before), before.lastIndexOf(':')));
        String inClause = before.substring(clause + 1);
        return EXAMPLES.matcher(inClause).find()
                || OPEN_END.matcher(text.substring(at)).find() && inClause.contains(",");
    }

    /** Where the last sentence before {@code at} ended: a full stop before a capital ("e.g. clean" is no end). */
    private static int sentenceEnd(String before) {
        java.util.regex.Matcher m = SENTENCE_END.matcher(before);
        int end = -1;
        while (m.find()) {
            end = m.start();
        }
        return end;
    }

    private static int firstToken(List<Token> tokens, int start) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > start) {
                return i;
            }
        }
        return -1;
    }

    private static int lastToken(List<Token> tokens, int end) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).start() < end) {
                return i;
            }
        }
        return -1;
    }
}
