package crmgraph.read;

import crmgraph.Regex;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What each way of reading a stretch of a plain-line deck costs: low where the lines have the
 * shape of that reading (a question as a prompt, a sentence as an answer, a term answering "… is
 * called:", as many parts as the prompt has blanks), high where they do not. About one unit of
 * cost is one piece of mild evidence; {@link #NEVER} rules a reading out.
 */
final class LineCosts {

    static final double NEVER = 1e6;
    /** A card read against the deck's own layout needs this much more evidence. */
    static final double AGAINST_LAYOUT = 2.0;
    /** Evidence that a term and a definition belong together: a word in common. */
    private static final double SHARED_WORD = 0.4;
    /** Lines shorter than this were ended by their writer, not wrapped by an editor or a web page. */
    private static final int WRAP_WIDTH = 40;

    private final DeckStyle style;

    LineCosts(DeckStyle style) {
        this.style = style;
    }

    /** What the whole deck looks like: questions or terms as prompts, cards separated by blank lines. */
    record DeckStyle(boolean questions, boolean grouped, boolean lowerCase) {

        static DeckStyle of(List<LineUnit> units) {
            long strong = units.stream().filter(LineUnit::strongPrompt).count();
            boolean questions = strong >= 3 && strong >= 0.2 * units.size();
            long lower = units.stream()
                    .filter(u -> Character.isLowerCase(u.text().charAt(0)))
                    .count();
            return new DeckStyle(questions, grouped(units), lower >= 0.25 * units.size());
        }

        /** Most runs of units between blank lines are two units long: a blank line ends each card. */
        private static boolean grouped(List<LineUnit> units) {
            int groups = 0;
            int pairs = 0;
            int size = 0;
            for (int i = 0; i <= units.size(); i++) {
                if (i == units.size() || i > 0 && units.get(i).gapBefore()) {
                    groups++;
                    pairs += size == 2 ? 1 : 0;
                    size = 0;
                }
                size++;
            }
            return groups >= 4 && pairs >= 0.6 * groups;
        }
    }

    /** The cost of a unit as the prompt of a card whose answer starts with {@code answer}. */
    double prompt(LineUnit u, LineUnit answer) {
        String s = u.text();
        if (u.hasItems() || u.verdict()) {
            return NEVER;
        }
        if (u.strongPrompt()) {
            return 0;
        }
        if (Shapes.isListShaped(s)) {
            return 6;
        }
        double questionDeck = style.questions() ? 2 : 0;
        if (Shapes.isTermLike(s)) {
            return 0.2 + 0.05 * Shapes.words(s) + questionDeck;
        }
        return (answer.hasItems() || Shapes.isListShaped(answer.text()) ? 1.5 : 4) + questionDeck;
    }

    /** The cost of a unit as (the first part of) an answer. */
    double answer(LineUnit u) {
        String s = u.text();
        if (u.verdict()) {
            return NEVER;
        }
        if (u.plainQuestion() || Shapes.asksForName(s) && Shapes.words(s) >= 3) {
            return 5;
        }
        if (Shapes.isQuestion(s)) {
            return 1.2;
        }
        if (Shapes.leadsIn(s)) {
            return u.hasItems() ? 1 : 4;
        }
        if (Shapes.isAnswerLike(s) || u.hasItems()) {
            return 0;
        }
        if (Shapes.isInteger(s)) {
            return 2;
        }
        return Shapes.words(s) <= 3 && Character.isUpperCase(s.charAt(0)) ? 1.5 : 0.8;
    }

    /**
     * How well an answer fits what its prompt asks for: a name, or as many parts as blanks; and a
     * term that shares a word with its definition ("Tiered programme" / "a loyalty programme with
     * status levels") is more likely its own than a neighbour's.
     */
    double fit(LineUnit prompt, String answer) {
        String p = prompt.text();
        double cost = Shapes.isTermLike(p) && Shapes.sharesStem(p, answer) ? -SHARED_WORD : 0;
        int blanks = Shapes.blanks(p);
        if (blanks >= 2) {
            cost += parts(answer) == blanks ? -1.5 : 1;
        }
        if (Shapes.asksForName(p) || blanks == 1) {
            boolean name = Shapes.words(answer) <= 7 && !answer.strip().endsWith(".") || Shapes.words(answer) <= 3;
            cost += name ? -0.6 : 2;
            if (name && containedIn(answer, p)) {
                cost += 1.5;
            }
        }
        return cost;
    }

    /** Evidence, per line after the first, that labelled lines answer the question naming their labels. */
    private static final double NAMED_LABEL = 2.0;

    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("^([^:\\n]{2,40}):\\s+\\S");

    /**
     * What an answer of several lines costs less when each opens with a label the prompt names:
     * "What is the difference between a walk-in, a booked and a collected repair?" over "Walk-in:
     * …", "Booked repair: …", "Collected: …" is one card, not a question and two term cards.
     *
     * @param named how many lines of the answer so far each open with such a label, or 0 when one
     *     of them does not ({@link #labelNamed})
     */
    static double labelled(int named) {
        return named >= 2 ? -NAMED_LABEL * (named - 1) : 0;
    }

    /** A prompt's words, lower case and spaced, for {@link #labelNamed}. */
    static String asked(LineUnit prompt) {
        return " " + plainWords(prompt.text()) + " ";
    }

    /**
     * Whether a line opens with a short label ("Booked repair:") whose every word the prompt holds
     * ({@link #asked}: hyphens and spaces alike).
     */
    static boolean labelNamed(String asked, String line) {
        java.util.regex.Matcher m = LABEL.matcher(line.strip());
        if (!m.find()) {
            return false;
        }
        String[] words = plainWords(m.group(1)).split(" ");
        return words.length <= 4 && Arrays.stream(words).allMatch(w -> asked.contains(" " + w + " "));
    }

    private static String plainWords(String text) {
        return Regex.replaceAll(text.toLowerCase(Locale.ROOT), "[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    /**
     * The cost of a unit as a deck's title line: cheap with a title's words or a course code; a short
     * line that ends no sentence and stands apart from what follows (a blank line) may be one too.
     */
    double title(LineUnit u, boolean apart) {
        String s = u.text();
        if (u.hasItems() || u.hasOptions()) {
            return NEVER;
        }
        if (Furniture.titleLike(s)) {
            return 0.2;
        }
        if (Shapes.parenthesised(s) && Shapes.words(s) <= 30) {
            return 0.8;
        }
        if (apart && Shapes.words(s) <= 12 && !Shapes.closed(s) && !u.plainQuestion()) {
            return 1.5;
        }
        return Shapes.isTermLike(s) && Shapes.words(s) <= 8 ? 2.5 : NEVER;
    }

    /** A further line of the title block at the top: a subtitle, or a site's lone word ("Original", "Alphabetical"). */
    double subtitle(LineUnit u, boolean apart) {
        String s = u.text();
        return Shapes.words(s) <= 2 && !u.hasItems() && !u.hasOptions() && !Shapes.closed(s) ? 1.0 : title(u, apart);
    }

    /** A prompt standing alone: a question with its list, or a question nobody answered. */
    double single(LineUnit u) {
        if (u.withheld()) {
            return 0;
        }
        if (u.verdict()) {
            return NEVER;
        }
        if (u.hasOptions()) {
            return 0.5;
        }
        if (u.hasItems()) {
            return u.strongPrompt() ? 0 : Shapes.isTermLike(u.text()) ? 0.3 : 1.5;
        }
        return u.plainQuestion() || u.strongPrompt() && Shapes.words(u.text()) >= 3 ? 2 : NEVER;
    }

    /** A line that is no card and no content: a lone number or mark left from a web page. */
    double skip(LineUnit u) {
        String s = u.text();
        if (u.hasItems() || u.hasOptions()) {
            return NEVER;
        }
        if (Shapes.isInteger(s) || s.length() <= 1) {
            return 0.6;
        }
        return Furniture.sectionBreak(s) ? 0.3 : NEVER;
    }

    /** The cost of reading units {@code a} and {@code b} as one sentence broken over two lines. */
    double wrap(LineUnit a, LineUnit b) {
        int strength = wrapStrength(a, b);
        return strength == 2 ? 0 : strength == 1 ? 0.4 : NEVER;
    }

    /**
     * 2: {@code a} stops where no sentence can ("… of the"); 1: a long line, and {@code b} goes on in
     * lower case (no evidence in decks that start many lines in lower case); 0: no wrap. A blank
     * line between them, or two lines of the same shape (two rows "x - y"), are no wrap.
     */
    int wrapStrength(LineUnit a, LineUnit b) {
        String x = a.text();
        String y = b.text();
        if (a.hasItems()
                || a.hasOptions()
                || b.gapBefore()
                || b.verdict()
                || b.plainQuestion()
                || y.isEmpty()
                || Shapes.sameRowShape(x, y)
                || Shapes.asksForName(x)) {
            return 0;
        }
        if (x.endsWith(":") && Character.isLowerCase(y.charAt(0)) && !b.strongPrompt() && !a.plainQuestion()) {
            return 2;
        }
        if (Shapes.closed(x)) {
            return 0;
        }
        if (Shapes.openEnded(x)) {
            return 2;
        }
        return !style.lowerCase()
                        && Character.isLowerCase(y.charAt(0))
                        && x.length() >= WRAP_WIDTH
                        && !Shapes.isListLine(y)
                ? 1
                : 0;
    }

    /** Parts of an answer to a prompt with several blanks: "retaining; more" has two. */
    static int parts(String answer) {
        String a = answer.strip();
        if (a.contains(";")) {
            return Regex.split(a, "\\s*;\\s*").length;
        }
        if (a.contains(",")) {
            return Regex.split(a, "\\s*,\\s*").length;
        }
        return Regex.split(a, "\\s+(?:and|/)\\s+").length;
    }

    /** Every word of the answer stands in the prompt: a prompt does not hold its own answer. */
    private static boolean containedIn(String answer, String prompt) {
        Set<String> words = new HashSet<>(Arrays.asList(Regex.split(prompt.toLowerCase(Locale.ROOT), "[^a-z0-9]+")));
        String[] a = Regex.split(answer.toLowerCase(Locale.ROOT), "[^a-z0-9]+");
        return Arrays.stream(a).filter(w -> w.length() > 2).allMatch(words::contains)
                && Arrays.stream(a).anyMatch(w -> w.length() > 2);
    }
}
