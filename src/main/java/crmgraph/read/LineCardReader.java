package crmgraph.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Plain-text decks with one card side per line: term and definition on alternating lines (either
 * side first, decided card by card), a question or "Define X" line followed by an answer line
 * and/or "- " bullets, statements followed by a lone true/false, and long lead-ins answered by a
 * run-on list. Bullets and numbered lines attach to the line before them; the lines are then cut
 * into cards by the cheapest reading (dynamic programming over prompt/answer shape costs), which
 * copes with a title line, unanswered questions and orientation that changes from card to card.
 */
final class LineCardReader implements FormatReader {

    private static final double NEVER = 1e6;
    private final Set<String> shapes = new LinkedHashSet<>();

    @Override
    public String format() {
        return shapes.isEmpty() ? "lines" : "lines(" + String.join(",", shapes) + ")";
    }

    @Override
    public double fit(List<SourceLine> lines) {
        return 0.5;
    }

    /** A line that can be one side of a card, with the list lines that follow it. */
    private record Unit(SourceLine head, List<SourceLine> items) {

        String text() {
            return head.stripped();
        }

        boolean hasItems() {
            return !items.isEmpty();
        }

        boolean verdict() {
            return Shapes.isVerdict(text()) && items.isEmpty();
        }

        boolean strongPrompt() {
            return Shapes.isStrongPrompt(text());
        }

        boolean listShaped() {
            return hasItems() || Shapes.isListShaped(text());
        }

        int last() {
            return items.isEmpty() ? head.number() : items.get(items.size() - 1).number();
        }

        String body() {
            StringBuilder b = new StringBuilder(text());
            items.forEach(i -> b.append('\n').append(i.text().stripTrailing()));
            return b.toString();
        }

        String itemsText() {
            StringBuilder b = new StringBuilder();
            items.forEach(i -> b.append(b.length() == 0 ? "" : "\n").append(i.text().stripTrailing()));
            return b.toString();
        }
    }

    /** How a stretch of units was read. */
    private enum Step { TITLE, SINGLE, PAIR, PAIR_CONTINUED, PAIR_REVERSED, VERDICT, UNPLACED }

    @Override
    public void read(List<SourceLine> lines, Layout layout, CardCollector out) {
        Furniture furniture = new Furniture(lines);
        List<Unit> units = units(lines, furniture, out);
        int n = units.size();
        double[] best = new double[n + 1];
        Step[] how = new Step[n + 1];
        java.util.Arrays.fill(best, NEVER * 10);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] >= NEVER * 10) {
                continue;
            }
            Unit a = units.get(i);
            relax(best, how, i + 1, best[i] + singleCost(a), Step.SINGLE);
            relax(best, how, i + 1, best[i] + 6, Step.UNPLACED);
            if (i == 0 && !a.hasItems()) {
                relax(best, how, 1, titleCost(a), Step.TITLE);
            }
            if (i + 1 < n) {
                Unit b = units.get(i + 1);
                if (b.verdict() && !a.verdict()) {
                    relax(best, how, i + 2, best[i] + (Shapes.isAnswerLike(a.text()) ? 0 : 1), Step.VERDICT);
                }
                if (i + 2 < n && a.strongPrompt() && !a.hasItems() && !b.hasItems() && continues(b, units.get(i + 2))) {
                    relax(best, how, i + 3, best[i] + backCost(b) + backCost(units.get(i + 2)) + 1, Step.PAIR_CONTINUED);
                }
                if (!a.hasItems() && !b.verdict() && !a.verdict()) {
                    relax(best, how, i + 2, best[i] + frontCost(a, b) + backCost(b), Step.PAIR);
                    if (!b.hasItems() && !b.strongPrompt()) {
                        relax(best, how, i + 2, best[i] + frontCost(b, a) + backCost(a) + 0.3, Step.PAIR_REVERSED);
                    }
                }
            }
        }
        emit(units, how, out);
    }

    private static void relax(double[] best, Step[] how, int j, double cost, Step step) {
        if (cost < best[j]) {
            best[j] = cost;
            how[j] = step;
        }
    }

    private void emit(List<Unit> units, Step[] how, CardCollector out) {
        List<Runnable> steps = new ArrayList<>();
        int j = units.size();
        while (j > 0) {
            Step step = how[j];
            int size = step == Step.PAIR_CONTINUED ? 3 : step == Step.PAIR || step == Step.PAIR_REVERSED || step == Step.VERDICT ? 2 : 1;
            int i = j - size;
            steps.add(0, () -> apply(step, units, i, out));
            j = i;
        }
        steps.forEach(Runnable::run);
    }

    private void apply(Step step, List<Unit> units, int i, CardCollector out) {
        Unit a = units.get(i);
        switch (step) {
            case TITLE -> out.furniture(a.head());
            case UNPLACED -> {
                out.unplaced(a.head());
                a.items().forEach(out::unplaced);
            }
            case SINGLE -> {
                shapes.add(a.hasItems() ? "question-bullets" : "unanswered");
                out.card(a.text(), a.itemsText(), a.head().number(), a.last());
            }
            case VERDICT -> {
                shapes.add("true-false");
                Unit v = units.get(i + 1);
                out.card(a.body(), v.text().toLowerCase(java.util.Locale.ROOT), a.head().number(), v.last());
            }
            case PAIR -> {
                Unit b = units.get(i + 1);
                shapes.add(b.hasItems() ? "question-bullets" : a.strongPrompt() ? "question-answer" : "term-definition");
                out.card(a.text(), b.body(), a.head().number(), b.last());
            }
            case PAIR_CONTINUED -> {
                Unit b = units.get(i + 1);
                Unit c = units.get(i + 2);
                shapes.add("question-answer");
                out.card(a.text(), b.body() + "\n" + c.body(), a.head().number(), c.last());
            }
            case PAIR_REVERSED -> {
                Unit b = units.get(i + 1);
                shapes.add("definition-term");
                out.card(b.text(), a.body(), a.head().number(), b.last());
            }
        }
    }

    /** An answer broken over two lines: the second goes on where the first stopped mid-sentence. */
    private static boolean continues(Unit first, Unit next) {
        String a = first.text();
        String b = next.text();
        return !next.verdict() && !next.strongPrompt() && !a.matches(".*[.!?;:]$") && !b.isEmpty()
                && Character.isLowerCase(b.charAt(0));
    }

    private static double titleCost(Unit a) {
        if (Furniture.titleLike(a.text())) {
            return 0.2;
        }
        return Shapes.isTermLike(a.text()) && Shapes.words(a.text()) <= 6 ? 2.5 : NEVER;
    }

    private static double singleCost(Unit a) {
        if (a.verdict()) {
            return NEVER;
        }
        if (a.hasItems()) {
            return a.strongPrompt() ? 0 : Shapes.isTermLike(a.text()) ? 0.3 : 1.5;
        }
        return Shapes.isImperativePrompt(a.text()) || Shapes.isQuestion(a.text()) ? 2 : NEVER;
    }

    /** The cost of reading {@code x} as the prompt of a card whose answer is {@code answer}. */
    private static double frontCost(Unit x, Unit answer) {
        String s = x.text();
        if (x.strongPrompt()) {
            return 0;
        }
        if (Shapes.isListShaped(s)) {
            return 6;
        }
        if (Shapes.isTermLike(s)) {
            return 0.2 + 0.05 * Shapes.words(s);
        }
        return answer.listShaped() ? 1.5 : 4;
    }

    /** The cost of reading {@code x} as an answer. */
    private static double backCost(Unit x) {
        String s = x.text();
        if (Shapes.isImperativePrompt(s) || Shapes.isQuestion(s)) {
            return 5;
        }
        if (Shapes.leadsIn(s)) {
            return 4;
        }
        if (Shapes.isAnswerLike(s) || x.hasItems()) {
            return 0;
        }
        return Shapes.words(s) <= 3 && Character.isUpperCase(s.charAt(0)) ? 1.5 : 0.8;
    }

    /** "3. What is churn?": a numbered question is a prompt of its own, not an item of the card before. */
    private static boolean numberedPrompt(String text) {
        return Shapes.isNumberedItem(text) && Shapes.isStrongPrompt(Shapes.NUMBERED.matcher(text).replaceFirst("$3"))
                && !Shapes.leadsIn(text);
    }

    /** Lines grouped into units; furniture dropped; list lines attached to the unit before them. */
    private static List<Unit> units(List<SourceLine> lines, Furniture furniture, CardCollector out) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            if (l.blank()) {
                continue;
            }
            int scaleEnd = Furniture.ratingScaleEnd(lines, i);
            if (scaleEnd > i) {
                lines.subList(i, scaleEnd).forEach(out::furniture);
                i = scaleEnd - 1;
                continue;
            }
            if (furniture.anywhere(l.text())) {
                out.furniture(l);
            } else if (Shapes.isListLine(l.text()) && !units.isEmpty() && !units.get(units.size() - 1).verdict()
                    && !numberedPrompt(l.text())) {
                units.get(units.size() - 1).items().add(l);
            } else {
                units.add(new Unit(l, new ArrayList<>()));
            }
        }
        return units;
    }
}
