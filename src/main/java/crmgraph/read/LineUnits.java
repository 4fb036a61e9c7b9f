package crmgraph.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups a plain-line deck's lines into {@link LineUnit}s: rating scales, counters, labels and
 * other furniture are dropped; bullets and numbered lines attach to the line before them, and
 * lettered options to the question before them; a prompt broken over two lines is joined.
 */
final class LineUnits {

    /** A line this long that stops without a full stop was most likely cut by a page's width. */
    private static final int LONG_LINE = 40;

    private LineUnits() {}

    static List<LineUnit> of(List<SourceLine> lines, CardCollector out) {
        Furniture furniture = new Furniture(lines);
        java.util.BitSet listings = Furniture.listings(lines);
        int header = Furniture.pageHeaderEnd(lines);
        int footer = Furniture.pageFooterStart(lines, listings);
        java.util.BitSet properties = Furniture.properties(lines, header);
        java.util.BitSet chrome = PageChrome.of(lines);
        java.util.BitSet paywalls = PageChrome.paywalls(lines);
        List<LineUnit> units = new ArrayList<>();
        boolean gap = true;
        int cardNumber = 0;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            if (l.blank()) {
                gap = true;
                continue;
            }
            int scaleEnd = Furniture.ratingScaleEnd(lines, i);
            if (scaleEnd > i) {
                lines.subList(i, scaleEnd).forEach(out::furniture);
                i = scaleEnd - 1;
                gap = true;
                continue;
            }
            LineUnit previous = units.isEmpty() ? null : units.get(units.size() - 1);
            if (paywalls.get(i)
                    && (i == 0 || !paywalls.get(i - 1))
                    && previous != null
                    && (previous.plainQuestion() || previous.strongPrompt())) {
                units.set(units.size() - 1, previous.answerWithheld());
            }
            if (i < header
                    || i >= footer
                    || chrome.get(i)
                    || properties.get(i)
                    || furniture.anywhere(l.text())
                    || listings.get(i)) {
                out.furniture(l);
                gap = true;
            } else if (cardNumber(l, cardNumber, gap, lines, i) > 0) {
                // "7. …" where the deck numbers its cards: the number is a counter, not part of the text
                cardNumber = cardNumber(l, cardNumber, gap, lines, i);
                units.add(new LineUnit(
                        new SourceLine(
                                l.number(), Shapes.NUMBERED.matcher(l.text()).replaceFirst("$3")),
                        l.number(),
                        new ArrayList<>(),
                        new ArrayList<>(),
                        gap));
            } else if (previous != null && previous.hasItems() && !gap && Shapes.parenthesised(l.text())
                    || previous != null && !gap && Shapes.explains(l.text()) && !previous.hasOptions()) {
                previous.items().add(l);
            } else if (previous != null && isOption(previous, l)) {
                previous.options().add(l);
            } else if (previous != null && previous.hasOptions() && Shapes.optionLetter(l.text()) != 0) {
                // "b. …" after the options: the answer, naming one of them
                units.add(new LineUnit(l, l.number(), new ArrayList<>(), new ArrayList<>(), gap));
            } else if (Shapes.isListLine(l.text())
                    && previous != null
                    && !previous.verdict()
                    && !numberedPrompt(l.text())) {
                previous.items().add(l);
            } else if (previous != null && !gap && continuesPrompt(previous, l)) {
                units.set(
                        units.size() - 1,
                        new LineUnit(
                                new SourceLine(previous.first(), previous.text() + " " + l.stripped()),
                                l.number(),
                                previous.items(),
                                previous.options(),
                                previous.gapBefore()));
            } else {
                units.add(new LineUnit(l, l.number(), new ArrayList<>(), new ArrayList<>(), gap));
            }
            gap = false;
        }
        return units;
    }

    /**
     * The number of a card counter line ("7. What is churn?"), or 0: the next number of the deck's
     * count, at the start of a card (after a blank line, or a prompt, or a statement its verdict
     * follows).
     */
    private static int cardNumber(SourceLine line, int last, boolean gap, List<SourceLine> lines, int i) {
        java.util.regex.Matcher m = Shapes.NUMBERED.matcher(line.text());
        if (!m.matches() || !Character.isDigit(m.group(2).charAt(0)) || Integer.parseInt(m.group(2)) != last + 1) {
            return 0;
        }
        String text = m.group(3);
        boolean opens = gap && (last > 0 || Shapes.isStrongPrompt(text) || verdictFollows(lines, i))
                || Shapes.isStrongPrompt(text) && !Shapes.leadsIn(text)
                || verdictFollows(lines, i);
        return opens ? last + 1 : 0;
    }

    private static boolean verdictFollows(List<SourceLine> lines, int i) {
        int k = i + 1;
        while (k < lines.size()
                && (lines.get(k).blank()
                        || Furniture.counterOrLabel(lines.get(k).text()))) {
            k++;
        }
        return k < lines.size() && Shapes.isVerdict(lines.get(k).text());
    }

    /** "b) Trust" after "a) Price" under a question: the next option of a multiple-choice card. */
    private static boolean isOption(LineUnit question, SourceLine line) {
        char letter = Shapes.optionLetter(line.text());
        if (letter == 0 || question.hasItems()) {
            return false;
        }
        char expected = (char) ('a' + question.options().size());
        return letter == expected
                && (question.hasOptions()
                        || letter != 'a'
                        || question.strongPrompt()
                        || Shapes.blanks(question.text()) > 0
                        || Shapes.openEnded(question.text()));
    }

    /**
     * A question broken over two lines: the first stops mid-sentence, the second goes on in lower
     * case and ends the question ("…?", "… are called the:").
     */
    private static boolean continuesPrompt(LineUnit previous, SourceLine line) {
        String a = previous.text();
        String b = line.stripped();
        boolean endsPrompt = b.endsWith("?") || Shapes.asksForName(b) || Shapes.leadsIn(b);
        return previous.items().isEmpty()
                && previous.options().isEmpty()
                && !Shapes.closed(a)
                && !previous.plainQuestion()
                && !Shapes.asksForName(a)
                && endsPrompt
                && !Shapes.opensQuestion(b)
                && Character.isLowerCase(b.charAt(0))
                && (Shapes.openEnded(a) || a.length() >= LONG_LINE)
                && !a.endsWith(")");
    }

    /** "3. What is churn?": a numbered question is a prompt of its own, not an item of the card before. */
    private static boolean numberedPrompt(String text) {
        return Shapes.isNumberedItem(text)
                && Shapes.isStrongPrompt(Shapes.NUMBERED.matcher(text).replaceFirst("$3"))
                && !Shapes.leadsIn(text);
    }
}
