package crmgraph.read;

import crmgraph.Regex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a plain-line deck's units into cards by the cheapest reading of the whole deck under one
 * dominant direction: prompts before their answers (forward) or after them (backward). A card may
 * go against the direction only where its own evidence outweighs {@link LineCosts#AGAINST_LAYOUT}
 * (or never, when the student chose the layout). Besides the best reading it finds, for every card,
 * the best reading of the deck that does not contain that card: when that comes close, the card is
 * uncertain and the other reading is the one to show.
 */
final class LineSegmenter {

    private static final int MAX_ANSWER_UNITS = 8;
    private static final int MAX_WRAPPED_UNITS = 4;
    private static final int MAX_TITLE_UNITS = 3;
    private static final double GROUP_BREAK = 1.0;
    private static final double GROUP_CROSS = 2.0;
    private static final double SENTENCE_BREAK = 2.5;
    private static final double RUN_JOIN = 0.5;
    private static final double UNPLACED = 6;
    private static final double GAP_BEFORE_QUESTION = 1.5;

    enum Direction {
        FORWARD,
        BACKWARD
    }

    enum Step {
        TITLE,
        SKIP,
        UNPLACED,
        SINGLE,
        VERDICT,
        CHOICE,
        FORWARD_PAIR,
        BACKWARD_PAIR
    }

    /**
     * One way to read units {@code [from, to)}: for pairs, {@code split} is where the prompt's units
     * end and the answer's begin (forward) or the reverse (backward); {@code joins} says for each
     * answer unit after the first whether it goes on the same sentence (' ') or a new line ('\n').
     */
    record Edge(int from, int to, int split, Step step, String joins, double cost) {

        boolean card() {
            return step != Step.TITLE && step != Step.SKIP && step != Step.UNPLACED;
        }

        /** Where the edge stands and how it reads its lines, whatever it cost under one direction or the other. */
        List<Object> reading() {
            return List.of(from, to, split, step, joins);
        }
    }

    /** The best reading, its cost, and for each of its edges the cheapest reading without it. */
    record Reading(Direction direction, double cost, List<Edge> path, List<Edge> rivals, double[] margins) {}

    private final List<LineUnit> units;
    private final LineCosts costs;
    private final LineCosts.DeckStyle style;

    LineSegmenter(List<LineUnit> units) {
        this.units = units;
        this.style = LineCosts.DeckStyle.of(units);
        this.costs = new LineCosts(style);
    }

    LineCosts.DeckStyle style() {
        return style;
    }

    Reading read(Direction direction, boolean forced) {
        List<List<Edge>> edges = edges(direction, forced);
        int n = units.size();
        double[] forward = new double[n + 1];
        Edge[] via = new Edge[n + 1];
        Arrays.fill(forward, Double.POSITIVE_INFINITY);
        forward[0] = 0;
        for (int i = 0; i < n; i++) {
            if (forward[i] == Double.POSITIVE_INFINITY) {
                continue;
            }
            for (Edge e : edges.get(i)) {
                if (forward[i] + e.cost() < forward[e.to()]) {
                    forward[e.to()] = forward[i] + e.cost();
                    via[e.to()] = e;
                }
            }
        }
        double[] backward = new double[n + 1];
        Arrays.fill(backward, Double.POSITIVE_INFINITY);
        backward[n] = 0;
        for (int i = n - 1; i >= 0; i--) {
            for (Edge e : edges.get(i)) {
                backward[i] = Math.min(backward[i], e.cost() + backward[e.to()]);
            }
        }
        List<Edge> path = new ArrayList<>();
        for (int j = n; j > 0; j = via[j].from()) {
            path.add(0, via[j]);
        }
        List<Edge> rivals = new ArrayList<>();
        double[] margins = new double[path.size()];
        for (int k = 0; k < path.size(); k++) {
            Edge rival = rival(path.get(k), edges, forward, backward);
            rivals.add(rival);
            margins[k] = rival == null
                    ? Double.POSITIVE_INFINITY
                    : forward[rival.from()] + rival.cost() + backward[rival.to()] - forward[n];
        }
        return new Reading(direction, forward[n], path, rivals, margins);
    }

    /**
     * The edge on the cheapest path that avoids {@code chosen}: such a path either jumps over the
     * chosen edge's first unit or leaves it by another edge. Edges that read the same card the same
     * way (a title or a skipped line instead of an unplaced one) are no rival.
     */
    private Edge rival(Edge chosen, List<List<Edge>> edges, double[] forward, double[] backward) {
        Edge best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        int i = chosen.from();
        for (int from = Math.max(0, i - MAX_ANSWER_UNITS - 1); from <= i; from++) {
            for (Edge e : edges.get(from)) {
                boolean avoids = from < i && e.to() > i || from == i && !e.equals(chosen);
                if (!avoids || sameReading(e, chosen)) {
                    continue;
                }
                double cost = forward[from] + e.cost() + backward[e.to()];
                if (cost < bestCost) {
                    bestCost = cost;
                    best = e;
                }
            }
        }
        return best;
    }

    private static boolean sameReading(Edge a, Edge b) {
        return !a.card() && !b.card()
                || a.from() == b.from()
                        && a.to() == b.to()
                        && a.split() == b.split()
                        && a.step() == b.step()
                        && a.joins().equals(b.joins());
    }

    /** Every edge from every unit, with its cost under the dominant direction. */
    private List<List<Edge>> edges(Direction direction, boolean forced) {
        List<List<Edge>> all = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            List<Edge> from = new ArrayList<>();
            addEdges(i, direction, forced, from);
            all.add(from);
        }
        return all;
    }

    private void addEdges(int i, Direction direction, boolean forced, List<Edge> out) {
        LineUnit a = units.get(i);
        add(out, i, i + 1, i + 1, Step.UNPLACED, "", UNPLACED);
        add(out, i, i + 1, i + 1, Step.SKIP, "", costs.skip(a));
        if (i == 0) {
            titles(out);
        }
        add(out, i, i + 1, i + 1, Step.SINGLE, "", costs.single(a) + boundary(i, i + 1));
        choice(i, out);
        verdicts(i, out);
        double against = forced ? LineCosts.NEVER : LineCosts.AGAINST_LAYOUT;
        forwardPairs(i, out, direction == Direction.FORWARD ? 0 : against);
        backwardPairs(i, out, direction == Direction.BACKWARD ? 0 : against);
    }

    /** A title block at the top: a title, then perhaps a subtitle or a site's stray words. */
    private void titles(List<Edge> out) {
        double cost = 0;
        for (int k = 0; k < Math.min(MAX_TITLE_UNITS, units.size()); k++) {
            boolean apart = k + 1 == units.size() || units.get(k + 1).gapBefore();
            cost += k == 0
                    ? Math.min(costs.title(units.get(0), apart), costs.subtitle(units.get(0), apart))
                    : costs.subtitle(units.get(k), apart) + 0.5;
            add(out, 0, k + 1, k + 1, Step.TITLE, "", cost - (apart ? 0.3 : 0));
        }
    }

    private void add(List<Edge> out, int from, int to, int split, Step step, String joins, double cost) {
        if (cost < LineCosts.NEVER / 2 && to <= units.size()) {
            out.add(new Edge(from, to, split, step, joins, cost));
        }
    }

    /** A multiple-choice question with its options, then the line naming the right option. */
    private void choice(int i, List<Edge> out) {
        if (i + 1 >= units.size() || !units.get(i).hasOptions()) {
            return;
        }
        LineUnit answer = units.get(i + 1);
        if (namesOption(units.get(i), answer)) {
            add(out, i, i + 2, i + 1, Step.CHOICE, "", -0.5 + boundary(i, i + 2));
        }
    }

    /** "c", "(c)", "Answer: c", "c) Trust" or the text of an option. */
    private static boolean namesOption(LineUnit question, LineUnit answer) {
        String given = Shapes.withoutAnswerLabel(answer.text());
        String a = Regex.replaceAll(given, "^\\(|[.)]$|\\)$", "").strip();
        if (a.length() == 1 && Character.isLetter(a.charAt(0))) {
            return Character.toLowerCase(a.charAt(0)) - 'a' < question.options().size();
        }
        char letter = Shapes.optionLetter(given);
        if (letter != 0) {
            return letter - 'a' < question.options().size();
        }
        return question.options().stream()
                .anyMatch(o -> Shapes.OPTION
                        .matcher(o.text())
                        .replaceFirst("$3")
                        .strip()
                        .equalsIgnoreCase(a));
    }

    /** A statement (perhaps broken over lines) followed by a lone "true" or "false". */
    private void verdicts(int i, List<Edge> out) {
        if (units.get(i).verdict()) {
            return;
        }
        StringBuilder joins = new StringBuilder();
        double cost = Shapes.isAnswerLike(units.get(i).text()) ? 0 : 1;
        for (int v = i + 1; v < units.size() && v - i <= MAX_WRAPPED_UNITS; v++) {
            if (units.get(v).verdict()) {
                add(out, i, v + 1, v, Step.VERDICT, joins.toString(), cost + boundary(i, v + 1));
                return;
            }
            double wrap = costs.wrap(units.get(v - 1), units.get(v));
            if (wrap >= LineCosts.NEVER) {
                return;
            }
            cost += wrap;
            joins.append(' ');
        }
    }

    /** A prompt, then its answer over one or more units (a wrapped sentence, or lines up to the next question). */
    private void forwardPairs(int i, List<Edge> out, double against) {
        if (i + 1 >= units.size()) {
            return;
        }
        LineUnit prompt = units.get(i);
        double promptCost = costs.prompt(prompt, units.get(i + 1));
        if (promptCost >= LineCosts.NEVER || prompt.hasOptions()) {
            return;
        }
        boolean runs = style.questions() && (prompt.plainQuestion() || Shapes.leadsIn(prompt.text()));
        LineUnit first = units.get(i + 1);
        boolean leadsIntoAnswer =
                runs && prompt.plainQuestion() && Shapes.leadsIn(first.text()) && !first.plainQuestion();
        double cost = promptCost
                + (leadsIntoAnswer ? 1 : asksForQuestion(prompt, first) ? 0.5 : costs.answer(first))
                + against;
        StringBuilder joins = new StringBuilder();
        StringBuilder answer = new StringBuilder(units.get(i + 1).text());
        // how many answer lines so far open with a label the prompt names, 0 once one does not
        String asked = LineCosts.asked(prompt);
        int named = LineCosts.labelNamed(asked, first.text()) ? 1 : 0;
        for (int end = i + 2; end <= units.size() && end - i - 1 <= MAX_ANSWER_UNITS; end++) {
            add(
                    out,
                    i,
                    end,
                    i + 1,
                    Step.FORWARD_PAIR,
                    joins.toString(),
                    cost + costs.fit(prompt, answer.toString()) + LineCosts.labelled(named) + boundary(i, end));
            if (end == units.size()) {
                return;
            }
            LineUnit previous = units.get(end - 1);
            LineUnit next = units.get(end);
            double wrap = costs.wrap(previous, next);
            int namedWithNext = named > 0 && LineCosts.labelNamed(asked, next.text()) ? named + 1 : 0;
            // labelled lines naming what the question names run on whatever the deck's style
            boolean labelledRun = LineCosts.labelled(namedWithNext) < 0;
            double run = (runs || labelledRun)
                            && !previous.hasItems()
                            && !next.strongPrompt()
                            && !next.verdict()
                            && !Shapes.isInteger(next.text())
                    ? RUN_JOIN + costs.answer(next) * 0.5
                    : LineCosts.NEVER;
            if (Math.min(wrap, run) >= LineCosts.NEVER) {
                return;
            }
            joins.append(wrap <= run ? ' ' : '\n');
            cost += Math.min(wrap, run);
            answer.append(' ').append(next.text());
            named = namedWithNext;
        }
    }

    /** "What question does X answer?" is answered by a question. */
    private static boolean asksForQuestion(LineUnit prompt, LineUnit answer) {
        return answer.plainQuestion()
                && Regex.matches(prompt.text().toLowerCase(java.util.Locale.ROOT), ".*\\bquestions?\\b.*");
    }

    /** An answer (perhaps a sentence broken over lines), then its prompt. */
    private void backwardPairs(int i, List<Edge> out, double against) {
        double cost = costs.answer(units.get(i)) + against;
        StringBuilder joins = new StringBuilder();
        StringBuilder answer = new StringBuilder(units.get(i).text());
        for (int p = i + 1; p < units.size() && p - i <= MAX_WRAPPED_UNITS; p++) {
            LineUnit prompt = units.get(p);
            double promptCost =
                    units.get(p - 1).hasItems() && p - 1 > i ? LineCosts.NEVER : costs.prompt(prompt, units.get(i));
            // a blank line between an answer and its question is how question-first decks separate cards
            promptCost += prompt.gapBefore() && !style.grouped() ? GAP_BEFORE_QUESTION : 0;
            if (!prompt.hasOptions() && !units.get(p - 1).hasOptions()) {
                add(
                        out,
                        i,
                        p + 1,
                        p,
                        Step.BACKWARD_PAIR,
                        joins.toString(),
                        cost + promptCost + costs.fit(prompt, answer.toString()) + boundary(i, p + 1));
            }
            double wrap = costs.wrap(units.get(p - 1), prompt);
            if (wrap >= LineCosts.NEVER) {
                return;
            }
            cost += wrap;
            joins.append(' ');
            answer.append(' ').append(prompt.text());
        }
    }

    /**
     * What a card spanning units {@code [from, to)} costs at its edges: ending where the sentence
     * plainly goes on, and, in decks whose cards are separated by blank lines, ending without one
     * or holding one.
     */
    private double boundary(int from, int to) {
        for (int k = from; k < to && to - from > 1; k++) {
            if (units.get(k).withheld()) {
                return LineCosts.NEVER; // a prompt whose answer a paywall withheld is a card alone
            }
        }
        double cost = 0;
        for (int k = from + 1; k < to && style.grouped(); k++) {
            cost += units.get(k).gapBefore() ? GROUP_CROSS : 0;
        }
        if (to < units.size()) {
            if (costs.wrapStrength(units.get(to - 1), units.get(to)) == 2) {
                cost += SENTENCE_BREAK;
            }
            if (style.grouped() && !units.get(to).gapBefore()) {
                cost += GROUP_BREAK;
            }
        }
        return cost;
    }
}
