package crmgraph.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/**
 * Cuts parsed Markdown notes into cards, section by section. Headings are sections: the text under
 * one becomes PASSAGE cards whose front is the heading and whose section is the heading path
 * ("Types of CRM › Strategic"), from the document's title down. Runs of "term: definition" paragraphs and the rows
 * of a table of terms become PROMPT cards. Lists stay in their passage, written as "- item" lines
 * (nested items indented), so a list keeps the heading or lead-in that names it. Code, raw HTML,
 * images, rules and headings with nothing of their own are furniture.
 */
final class NoteSections {

    static final String PATH_SEPARATOR = " \u203A ";

    private final List<SourceLine> lines;
    private final CardCollector out;
    private final Furniture furniture;
    private final Deque<NoteHeading> path = new ArrayDeque<>();
    private final StringBuilder passage = new StringBuilder();
    private NoteHeading current;
    /** The heading whose lines no card holds yet: the next passage starts with it, or it is furniture. */
    private NoteHeading open;
    /** Whether the current section has given any text or card yet. */
    private boolean sectionUsed;

    private int passageFirst;
    private int passageLast;

    NoteSections(List<SourceLine> lines, CardCollector out) {
        this.lines = lines;
        this.out = out;
        this.furniture = new Furniture(lines);
    }

    void read(Document doc) {
        blocks(children(doc));
        flush();
        closeHeading();
    }

    private void blocks(List<Node> blocks) {
        int i = 0;
        while (i < blocks.size()) {
            i = block(blocks, i);
        }
    }

    private int block(List<Node> blocks, int i) {
        Node node = blocks.get(i);
        if (node instanceof Heading h) {
            heading(h);
        } else if (node instanceof Paragraph) {
            return paragraphs(blocks, i);
        } else if (node instanceof ListBlock list && glossary(list)) {
            glossaryCards(list);
        } else if (node instanceof ListBlock list) {
            List<String> text = new ArrayList<>();
            list(list, 0, text);
            add(String.join("\n", text), list);
        } else if (node instanceof TableBlock table) {
            table(table);
        } else if (node instanceof BlockQuote) {
            blocks(children(node));
        } else {
            furniture(node);
        }
        return i + 1;
    }

    private void heading(Heading h) {
        flush();
        closeHeading();
        String words = NoteHeading.words(MarkdownText.flat(h));
        if (words.isEmpty() || first(h) < 0) {
            furniture(h);
            return;
        }
        NoteHeading heading = new NoteHeading(h.getLevel(), words, first(h), last(h));
        while (!path.isEmpty() && path.peekLast().level() >= h.getLevel()) {
            path.removeLast();
        }
        path.addLast(heading);
        current = heading;
        open = heading;
        sectionUsed = false;
    }

    /**
     * "term: definition" paragraphs are PROMPT cards where they are a glossary: a paragraph of two
     * such lines or more, or a section made of nothing else (but the title's: one line there is a
     * subtitle). A lone "Tip: …" among prose stays in
     * the passage, where extraction decides whether it defines anything.
     */
    private int paragraphs(List<Node> blocks, int i) {
        int j = i;
        int terms = 0;
        while (j < blocks.size()
                && blocks.get(j) instanceof Paragraph p
                && termLines(p) == sourceLines(p).size()) {
            terms += sourceLines(p).size();
            j++;
        }
        Paragraph first = (Paragraph) blocks.get(i);
        // Under the document's title a lone "revision notes - topic 9" is its subtitle, not a glossary.
        boolean subtitle = terms == 1 && current != null && current.level() == 1;
        boolean wholeSection = (terms >= 2 && passage.length() == 0 || terms >= 1 && !sectionUsed && !subtitle)
                && sectionEndsAt(blocks, j);
        boolean glossary = sourceLines(first).size() >= 2
                        && termLines(first) == sourceLines(first).size()
                || wholeSection;
        if (!glossary) {
            paragraph(first);
            return i + 1;
        }
        int end = wholeSection ? j : i + 1;
        flush();
        closeHeading();
        termCards(blocks.subList(i, end).stream()
                .flatMap(p -> sourceLines(p).stream())
                .toList());
        return end;
    }

    /**
     * A card per "term: definition" line, except a line labelled as a question ("Q:", "Term:") with
     * one labelled as its answer ("A:", "Definition:") next: one card of the two, labelled as the Q/A
     * reader labels them. ("A" alone stays a term: "A: Assurance" spells out a letter of RATER.)
     */
    private void termCards(List<SourceLine> terms) {
        for (int k = 0; k < terms.size(); k++) {
            String[] asked = MarkdownReader.termLine(terms.get(k).text());
            String[] answered = k + 1 < terms.size()
                    ? MarkdownReader.termLine(terms.get(k + 1).text())
                    : null;
            if (answered != null && QaReader.asks(asked[0]) && QaReader.answers(answered[0])) {
                out.card(
                        MarkdownReader.plainLine(asked[1]),
                        MarkdownReader.plainLine(answered[1]),
                        terms.get(k).number(),
                        terms.get(k + 1).number(),
                        Card.Kind.PROMPT,
                        section(),
                        null);
                k++;
            } else {
                termCard(terms.get(k));
            }
        }
    }

    /** True when nothing but furniture stands between block {@code j} and the next heading. */
    private static boolean sectionEndsAt(List<Node> blocks, int j) {
        for (int k = j; k < blocks.size(); k++) {
            Node n = blocks.get(k);
            if (n instanceof Heading) {
                return true;
            }
            if (n instanceof Paragraph
                    || n instanceof ListBlock
                    || n instanceof TableBlock
                    || n instanceof BlockQuote) {
                return false;
            }
        }
        return true;
    }

    private void paragraph(Paragraph p) {
        List<SourceLine> raw = sourceLines(p);
        if (raw.size() == 1 && furniture.anywhere(raw.get(0).text())) {
            out.furniture(raw.get(0));
            return;
        }
        List<String> plain = MarkdownText.lineList(p);
        int lead = leadIn(raw);
        String text = plain.size() != raw.size() || lead < 0
                ? words(p)
                : MarkdownText.tidy(String.join(" ", plain.subList(0, lead)))
                        + plain.subList(lead, plain.size()).stream()
                                .map(l -> "\n- " + l)
                                .collect(Collectors.joining());
        if (text.isBlank()) {
            furniture(p);
        } else {
            add(text, p);
        }
    }

    /** Where "term: definition" lines start after a lead-in ("The steps are:") in one paragraph, or -1. */
    private static int leadIn(List<SourceLine> raw) {
        int k = raw.size();
        while (k > 0 && termLine(raw.get(k - 1).text())) {
            k--;
        }
        return k >= 1 && raw.size() - k >= 2 ? k : -1;
    }

    private void termCard(SourceLine line) {
        String[] raw = MarkdownReader.termLine(line.text());
        String[] plain = MarkdownReader.termLine(MarkdownReader.plainLine(line.text()));
        String[] written = plain != null ? plain : raw;
        String[] card = NumberedLabel.named(written[0], written[1]);
        out.card(card[0], card[1], line.number(), line.number(), Card.Kind.PROMPT, section(), null);
    }

    private void table(TableBlock block) {
        NoteTable table = NoteTable.of(block, lines);
        List<NoteTable.Entry> entries = table.entries();
        if (entries.isEmpty()) {
            // Cells side by side as in the table: a dash between them would read as "term – explanation".
            String rows = table.rows().stream()
                    .map(r -> String.join(
                            " | ", r.cells().stream().filter(c -> !c.isBlank()).toList()))
                    .filter(r -> !r.isBlank())
                    .collect(Collectors.joining("\n"));
            if (rows.isBlank()) {
                furniture(block);
            } else {
                add(rows, block);
                lines(block).stream()
                        .filter(l -> table.rows().stream().noneMatch(r -> r.line() == l.number()))
                        .forEach(out::furniture);
            }
            return;
        }
        if (current != null && current.level() > 1) {
            // As for a bulleted glossary: the section lists the terms, so a heading naming them owns them.
            add(entries.stream().map(e -> "- " + e.term()).collect(Collectors.joining("\n")), block);
        }
        flush();
        closeHeading();
        for (SourceLine l : lines(block)) {
            if (entries.stream().noneMatch(e -> e.line() == l.number())) {
                out.furniture(l);
            }
        }
        entries.forEach(
                e -> out.card(e.term(), e.explanation(), e.line(), e.line(), Card.Kind.PROMPT, section(), null));
    }

    /**
     * A bulleted list of "Term: explanation" items: a glossary written as bullets. (A numbered list
     * is a sequence and stays in the passage.)
     */
    private boolean glossary(ListBlock list) {
        if (list instanceof OrderedList) {
            return false;
        }
        int items = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Node first = item.getFirstChild();
            if (!(first instanceof Paragraph)
                    || first.getSourceSpans().isEmpty()
                    || !termLine(line(first.getSourceSpans().get(0)).text().strip())) {
                return false;
            }
            items++;
        }
        return items >= 2;
    }

    /**
     * Whether every item (its paragraphs' words) opens with one label ("- Toggle: What is webcare?",
     * "- Toggle: Double deviation", …: a note app's toggle blocks exported as bullets) and then a title
     * of its own over paragraphs of its own: a label no two terms could share is a marker, and each
     * item is about the title after it. Three items at least, so two terms that happen to share a
     * name stay as written.
     */
    private static boolean sharedLabel(List<List<String>> items) {
        java.util.Set<String> labels = new java.util.HashSet<>();
        java.util.Set<String> titles = new java.util.HashSet<>();
        for (List<String> words : items) {
            String[] head = words.isEmpty() ? null : MarkdownReader.termLine(words.get(0));
            if (head == null || words.size() < 2) {
                return false;
            }
            labels.add(head[0].toLowerCase(java.util.Locale.ROOT));
            titles.add(head[1].toLowerCase(java.util.Locale.ROOT));
        }
        return items.size() >= 3 && labels.size() == 1 && titles.size() == items.size();
    }

    /**
     * Each item of a glossary list is a PROMPT card of its own lines. Under a section heading (not
     * the title) or after a lead-in ("two rollout approaches:"), a PASSAGE card also lists the terms
     * by name, so a heading or lead-in that names the list ("Other Quality Factors") still owns them.
     */
    private void glossaryCards(ListBlock list) {
        List<String> names = new ArrayList<>();
        List<Runnable> cards = new ArrayList<>();
        List<Node> items = new ArrayList<>();
        List<List<String>> wordsOf = new ArrayList<>();
        List<List<ListBlock>> nestedOf = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            items.add(item);
            wordsOf.add(new ArrayList<>());
            nestedOf.add(new ArrayList<>());
            itemContent(item, wordsOf.get(wordsOf.size() - 1), nestedOf.get(nestedOf.size() - 1));
        }
        boolean marked = sharedLabel(wordsOf);
        for (int k = 0; k < items.size(); k++) {
            Node item = items.get(k);
            List<String> words = wordsOf.get(k);
            List<ListBlock> nested = nestedOf.get(k);
            String[] term = MarkdownReader.termLine(String.join(" ", words));
            if (term == null) {
                furniture(item);
                continue;
            }
            if (marked) {
                // "- Toggle: Double deviation" over its own paragraphs: the item's title follows the marker
                term = new String[] {
                    MarkdownReader.termLine(words.get(0))[1], String.join(" ", words.subList(1, words.size()))
                };
            }
            String[] read = NumberedLabel.named(term[0], term[1]);
            List<String> back = new ArrayList<>(List.of(read[1]));
            nested.forEach(n -> list(n, 0, back));
            names.add("- " + read[0]);
            int first = first(item);
            int last = last(item);
            cards.add(() -> out.card(read[0], String.join("\n", back), first, last, Card.Kind.PROMPT, section(), null));
        }
        boolean afterLeadIn = passage.toString().stripTrailing().endsWith(":");
        if ((current != null && current.level() > 1 || afterLeadIn) && !names.isEmpty()) {
            add(String.join("\n", names), list);
        }
        flush();
        closeHeading();
        cards.forEach(Runnable::run);
    }

    /** A list as "- item" lines ("1. item" when numbered), nested lists indented under their item. */
    private void list(ListBlock list, int depth, List<String> text) {
        Integer start = list instanceof OrderedList o ? o.getMarkerStartNumber() : null;
        int number = start == null ? 1 : start;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            List<String> words = new ArrayList<>();
            List<ListBlock> nested = new ArrayList<>();
            itemContent(item, words, nested);
            String marker = list instanceof OrderedList ? number++ + ". " : "- ";
            String line = String.join(" ", words).strip();
            if (!line.isEmpty()) {
                text.add("  ".repeat(depth) + marker + line);
            }
            nested.forEach(n -> list(n, line.isEmpty() ? depth : depth + 1, text));
        }
    }

    private void itemContent(Node item, List<String> words, List<ListBlock> nested) {
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock l) {
                nested.add(l);
            } else if (child instanceof Paragraph || child instanceof Heading) {
                String w = words(child);
                if (!w.isEmpty()) {
                    words.add(w);
                }
            } else if (child instanceof BlockQuote) {
                itemContent(child, words, nested);
            } else {
                furniture(child);
            }
        }
    }

    /**
     * A paragraph's words on one line, without the lines that are furniture wherever they stand
     * (a promotional line run into a list item, a banner repeated down the page).
     */
    private String words(Node paragraph) {
        List<SourceLine> raw = sourceLines(paragraph);
        List<String> plain = MarkdownText.lineList(paragraph);
        if (plain.size() != raw.size() || raw.size() < 2) {
            return MarkdownText.flat(paragraph);
        }
        StringBuilder kept = new StringBuilder();
        for (int k = 0; k < raw.size(); k++) {
            if (furniture.anywhere(raw.get(k).text())) {
                out.furniture(raw.get(k));
            } else {
                kept.append(' ').append(plain.get(k));
            }
        }
        return MarkdownText.tidy(kept.toString());
    }

    /** Adds text to the passage being built; the first text of a section takes the heading's lines with it. */
    private void add(String text, Node node) {
        int first = first(node);
        if (first < 0) {
            return;
        }
        sectionUsed = true;
        if (passage.length() == 0) {
            passageFirst = open != null ? open.firstLine() : first;
            open = null;
        } else {
            passage.append('\n');
        }
        passage.append(text);
        passageLast = Math.max(passageLast, last(node));
    }

    private void flush() {
        if (passage.length() > 0) {
            sectionUsed = true;
            out.card(
                    current == null ? "" : current.text(),
                    passage.toString(),
                    passageFirst,
                    passageLast,
                    Card.Kind.PASSAGE,
                    section(),
                    null);
        }
        passage.setLength(0);
        passageLast = 0;
    }

    /** A heading no card took: nothing of its own under it, or only cards of their own (terms, a glossary). */
    private void closeHeading() {
        sectionUsed = true;
        if (open != null) {
            for (int n = open.firstLine(); n <= open.lastLine(); n++) {
                out.furniture(lines.get(n - 1));
            }
            open = null;
        }
    }

    private String section() {
        return path.stream().map(NoteHeading::text).collect(Collectors.joining(PATH_SEPARATOR));
    }

    private void furniture(Node node) {
        lines(node).forEach(out::furniture);
    }

    /** A "term: definition" line as written and once its markup is gone: "[Ansoff matrix](https://…)" is a link, not a term. */
    private static boolean termLine(String raw) {
        return MarkdownReader.termLine(raw) != null && MarkdownReader.termLine(MarkdownReader.plainLine(raw)) != null;
    }

    private int termLines(Paragraph p) {
        return (int) sourceLines(p).stream().filter(l -> termLine(l.text())).count();
    }

    /** The source lines of a paragraph, one per line it spans. */
    private List<SourceLine> sourceLines(Node node) {
        return node.getSourceSpans().stream().map(s -> line(s)).distinct().toList();
    }

    /** Every line from a block's first to its last. */
    private List<SourceLine> lines(Node node) {
        int first = first(node);
        return first < 0 ? List.of() : lines.subList(first - 1, last(node));
    }

    private SourceLine line(SourceSpan span) {
        return lines.get(span.getLineIndex());
    }

    private int first(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? -1 : line(spans.get(0)).number();
    }

    private int last(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? -1 : line(spans.get(spans.size() - 1)).number();
    }

    private static List<Node> children(Node node) {
        List<Node> out = new ArrayList<>();
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            out.add(c);
        }
        return out;
    }
}
