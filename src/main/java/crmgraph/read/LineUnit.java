package crmgraph.read;

import java.util.List;

/**
 * A line that can be one side of a card, or part of one, in a plain-line deck: its head line, the
 * list lines under it, the lettered options of a multiple-choice question, and whether a blank line
 * stands before it (some decks separate their cards by blank lines). A head broken over two lines
 * is one head, ending on line {@code headEnd}; {@code withheld} when a paywall stood where its answer was.
 */
record LineUnit(
        SourceLine head,
        int headEnd,
        List<SourceLine> items,
        List<SourceLine> options,
        boolean gapBefore,
        boolean withheld) {

    LineUnit(SourceLine head, int headEnd, List<SourceLine> items, List<SourceLine> options, boolean gapBefore) {
        this(head, headEnd, items, options, gapBefore, false);
    }

    /**
     * This prompt with its answer withheld: the site put a paywall where the answer stood, so the
     * prompt is a card of its own, unanswered, and takes nothing after the paywall as its answer.
     */
    LineUnit answerWithheld() {
        return new LineUnit(head, headEnd, items, options, gapBefore, true);
    }

    String text() {
        return head.stripped();
    }

    boolean hasItems() {
        return !items.isEmpty();
    }

    boolean hasOptions() {
        return options.size() >= 2;
    }

    /** A lone true/false (perhaps labelled "Correct answer:", perhaps with its correction or explanation lines). */
    boolean verdict() {
        return Shapes.isVerdict(text()) && items.stream().allMatch(i -> Shapes.explains(i.text()));
    }

    boolean strongPrompt() {
        return Shapes.isStrongPrompt(text());
    }

    /** A question that ends in a question mark, or an imperative: never an answer. */
    boolean plainQuestion() {
        String s = text();
        return s.endsWith("?") && Shapes.words(s) <= 30 || Shapes.isImperativePrompt(s);
    }

    int first() {
        return head.number();
    }

    int last() {
        int last = headEnd;
        for (SourceLine l : items) {
            last = Math.max(last, l.number());
        }
        for (SourceLine l : options) {
            last = Math.max(last, l.number());
        }
        return last;
    }

    /** The head with the options under it: the front of a multiple-choice card. */
    String withOptions() {
        StringBuilder b = new StringBuilder(text());
        options.forEach(o -> b.append('\n').append(o.stripped()));
        return b.toString();
    }

    String itemsText() {
        StringBuilder b = new StringBuilder();
        items.forEach(i -> b.append(b.length() == 0 ? "" : "\n").append(i.text().stripTrailing()));
        return b.toString();
    }

    /** The head and its list lines, as an answer. */
    String body() {
        return items.isEmpty() ? text() : text() + "\n" + itemsText();
    }
}
