package crmgraph.read;

import crmgraph.read.LineSegmenter.Direction;
import crmgraph.read.LineSegmenter.Edge;
import crmgraph.read.LineSegmenter.Reading;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Plain-text decks with one card side per line: term and definition on alternating lines (either
 * side first), questions followed by answers (or answers followed by questions such as "… is
 * called:"), a question or "Define X" line followed by bullets, multiple-choice questions with their
 * options and answer, statements followed by a lone true/false, and long lead-ins answered by a
 * run-on list. The deck is read as a whole ({@link LineSegmenter}): its dominant direction is the
 * one whose best reading costs least, and a card whose reading barely beat another is marked
 * uncertain with that other reading, as is the deck when the two directions come close.
 */
final class LineCardReader implements FormatReader {

    /** A card whose best rival reading costs less than this more is uncertain. */
    static final double CARD_MARGIN = 1.0;
    /** A deck whose other direction costs less than this more is uncertain. */
    static final double DECK_MARGIN = 1.5;

    private final Set<String> shapes = new LinkedHashSet<>();

    @Override
    public String format() {
        return shapes.isEmpty() ? "lines" : "lines(" + String.join(",", shapes) + ")";
    }

    @Override
    public double fit(List<SourceLine> lines) {
        return 0.5;
    }

    @Override
    public void read(List<SourceLine> lines, Layout layout, CardCollector out) {
        List<LineUnit> units = LineUnits.of(lines, out);
        if (units.isEmpty()) {
            return;
        }
        LineSegmenter segmenter = new LineSegmenter(units);
        List<String> deckDoubts = new ArrayList<>();
        Reading best;
        Reading other = null;
        if (layout == Layout.AUTO) {
            Reading forward = segmenter.read(Direction.FORWARD, false);
            Reading backward = segmenter.read(Direction.BACKWARD, false);
            best = forward.cost() <= backward.cost() ? forward : backward;
            Reading rival = best == forward ? backward : forward;
            if (rival.cost() - best.cost() < DECK_MARGIN && !cards(rival).equals(cards(best))) {
                other = rival;
                deckDoubts.add("the deck reads almost as well " + name(layoutOf(rival.direction(), segmenter)) + " as "
                        + name(layoutOf(best.direction(), segmenter))
                        + "; the cards the two readings pair differently are marked");
            }
            out.layout(layoutOf(best.direction(), segmenter));
        } else {
            best = segmenter.read(layout.answerFirst() ? Direction.BACKWARD : Direction.FORWARD, true);
            out.layout(layout);
        }
        emit(units, best, other, deckDoubts, out);
        if (!deckDoubts.isEmpty()) {
            out.doubt(String.join("; ", deckDoubts));
        }
    }

    private static Layout layoutOf(Direction direction, LineSegmenter segmenter) {
        boolean questions = segmenter.style().questions();
        if (direction == Direction.FORWARD) {
            return questions ? Layout.QUESTION_FIRST : Layout.TERM_FIRST;
        }
        return questions ? Layout.ANSWER_FIRST : Layout.DEFINITION_FIRST;
    }

    private static String name(Layout layout) {
        return layout.option();
    }

    /** The cards a reading makes, each by where it stands and how it reads (not by what it cost). */
    private static Set<List<Object>> cards(Reading reading) {
        Set<List<Object>> cards = new LinkedHashSet<>();
        reading.path().stream().filter(Edge::card).map(Edge::reading).forEach(cards::add);
        return cards;
    }

    private void emit(List<LineUnit> units, Reading best, Reading other, List<String> deckDoubts, CardCollector out) {
        Set<List<Object>> otherCards = other == null ? Set.of() : cards(other);
        for (int k = 0; k < best.path().size(); k++) {
            Edge e = best.path().get(k);
            Edge rival = best.rivals().get(k);
            boolean close = best.margins()[k] < CARD_MARGIN;
            if (!e.card()) {
                drop(units, e, out);
                if (close && rival != null && rival.card() && e.step() != LineSegmenter.Step.UNPLACED) {
                    deckDoubts.add("line " + units.get(e.from()).first() + " was read as " + describe(e.step())
                            + " but may be part of a card");
                }
                continue;
            }
            Card.Doubt doubt = null;
            if (other != null && !otherCards.contains(e.reading())) {
                doubt = doubt("the deck's other layout would read these lines differently", covering(other, e), units);
            } else if (close && rival != null) {
                doubt = doubt("another reading of these lines comes close", rival, units);
            }
            CardText card = render(units, e);
            shapes.add(card.shape());
            out.card(
                    card.front(),
                    card.back(),
                    units.get(e.from()).first(),
                    units.get(e.to() - 1).last(),
                    Card.Kind.PROMPT,
                    "",
                    doubt);
        }
    }

    private static Card.Doubt doubt(String why, Edge rival, List<LineUnit> units) {
        if (rival == null) {
            return new Card.Doubt(why, "", "");
        }
        if (!rival.card()) {
            return new Card.Doubt(
                    why + ": line " + units.get(rival.from()).first() + " may be " + describe(rival.step())
                            + " rather than a card",
                    "",
                    "");
        }
        CardText card = render(units, rival);
        return new Card.Doubt(
                why + " (" + card.shape() + ", lines " + units.get(rival.from()).first() + "–"
                        + units.get(rival.to() - 1).last() + ")",
                card.front(),
                card.back());
    }

    /** The edge of another reading that holds the first unit of {@code e}. */
    private static Edge covering(Reading other, Edge e) {
        return other.path().stream()
                .filter(o -> o.from() <= e.from() && o.to() > e.from())
                .findFirst()
                .orElse(null);
    }

    private static String describe(LineSegmenter.Step step) {
        return switch (step) {
            case TITLE -> "a title";
            case SKIP -> "page debris";
            case UNPLACED -> "a line no reading places";
            default -> step.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static void drop(List<LineUnit> units, Edge e, CardCollector out) {
        for (int u = e.from(); u < e.to(); u++) {
            LineUnit unit = units.get(u);
            List<SourceLine> lines = new ArrayList<>();
            lines.add(unit.head());
            lines.addAll(unit.items());
            lines.addAll(unit.options());
            if (e.step() == LineSegmenter.Step.UNPLACED) {
                lines.forEach(out::unplaced);
            } else {
                lines.forEach(out::furniture);
            }
        }
    }

    /** A card as it will be stored, with the name of its shape for the import report. */
    private record CardText(String front, String back, String shape) {}

    private static CardText render(List<LineUnit> units, Edge e) {
        LineUnit first = units.get(e.from());
        return switch (e.step()) {
            case SINGLE ->
                first.hasOptions()
                        ? new CardText(first.withOptions(), "", "multiple-choice")
                        : new CardText(
                                first.text(), first.itemsText(), first.hasItems() ? "question-bullets" : "unanswered");
            case VERDICT ->
                new CardText(
                        joined(units, e.from(), e.split(), e.joins()), verdict(units.get(e.split())), "true-false");
            case CHOICE ->
                new CardText(first.withOptions(), chosenOption(first, units.get(e.split())), "multiple-choice");
            case FORWARD_PAIR -> {
                LineUnit answer = units.get(e.split());
                String shape = answer.hasItems() && e.to() == e.split() + 1
                        ? "question-bullets"
                        : first.strongPrompt() ? "question-answer" : "term-definition";
                yield new CardText(first.text(), answer(units, e.split(), e.to(), e.joins()), shape);
            }
            case BACKWARD_PAIR -> {
                LineUnit prompt = units.get(e.split());
                yield new CardText(
                        prompt.text(),
                        answer(units, e.from(), e.split(), e.joins()),
                        prompt.strongPrompt() ? "answer-question" : "definition-term");
            }
            default -> throw new IllegalStateException("not a card: " + e.step());
        };
    }

    /** "true" or "false" in lower case, with the correction or explanation given beside it. */
    private static String verdict(LineUnit unit) {
        String said = Shapes.withoutAnswerLabel(unit.text());
        String word = said.substring(0, said.toLowerCase(Locale.ROOT).startsWith("true") ? 4 : 5)
                .toLowerCase(Locale.ROOT);
        String rest = (said.substring(word.length()) + (unit.hasItems() ? "\n" + unit.itemsText() : "")).strip();
        return rest.isEmpty() ? word : word + " " + rest;
    }

    /** The option the answer line names, as the question wrote it ("b) reliability" for "Answer: b"). */
    private static String chosenOption(LineUnit question, LineUnit answer) {
        return Shapes.chosenOption(
                question.options().stream().map(SourceLine::text).toList(), answer.body());
    }

    private static String answer(List<LineUnit> units, int from, int to, String joins) {
        return Shapes.withoutAnswerLabel(joined(units, from, to, joins));
    }

    /** Units {@code [from, to)} as one text: a wrapped sentence joined by spaces, other lines by line breaks. */
    private static String joined(List<LineUnit> units, int from, int to, String joins) {
        StringBuilder b = new StringBuilder(units.get(from).body());
        for (int u = from + 1; u < to; u++) {
            char join = u - from - 1 < joins.length() ? joins.charAt(u - from - 1) : '\n';
            b.append(join).append(units.get(u).body());
        }
        return b.toString();
    }
}
