package crmgraph.read;

import java.util.List;

/**
 * Outlines pasted from Word or Google Docs into a text file, read as notes: numbered headings
 * ("1.", "1.1", "2.3.1", "1) Introduction") are sections nested by their numbering, bullets are
 * lists nested by marker and indentation, "Term – explanation" lines are terms with their
 * definitions. The outline is rewritten as Markdown line for line ({@link OutlineMarkdown}) and
 * read by the notes reader, so every card keeps its source lines.
 */
final class OutlineReader implements FormatReader {

    /** Above plain lines and the Markdown guess from term lines, below an export whose every line splits at its separator. */
    private static final double FIT = 0.97;
    /**
     * Hurried notes: above plain lines and most Markdown guesses, below an export whose lines
     * split at one separator (a glossary export reads the same either way).
     */
    private static final double HURRIED_FIT = 0.8;

    @Override
    public String format() {
        return "outline";
    }

    /**
     * An outline has two headings or more (numbered, or in capitals) with something under them,
     * and bullets, numbered items and "Term – explanation" lines (two or more) make, with the
     * headings, half its lines or more. Questions, "Define X" and lead-ins ending in a colon do not
     * count as headings here: numbered flashcards start that way ("Why projects fail" without a
     * question mark is a heading). Prose under numbered headings makes no outline. Notes typed in
     * a hurry are read the same way when terms explained on their own line make a fifth of them
     * ({@link #hurriedNotes}).
     */
    @Override
    public double fit(List<SourceLine> lines) {
        Outline outline = Outline.of(lines);
        int headings = 0;
        int structure = 0;
        int nonBlank = 0;
        for (int i = 0; i < outline.lines().size(); i++) {
            OutlineLine l = outline.lines().get(i);
            nonBlank += l.blank() ? 0 : 1;
            if (outline.heading(i)) {
                headings += prompt(l.text()) ? 0 : 1;
            } else if (l.bullet() || l.numbered() || l.definition()) {
                structure++;
            }
        }
        boolean outlined = headings >= 2 && structure >= 2 && headings + structure >= nonBlank / 2.0;
        return outlined ? FIT : hurriedNotes(outline, nonBlank) || wrappedProse(lines, nonBlank) ? HURRIED_FIT : 0;
    }

    /**
     * A long line whose sentence goes on in the next: it stops on an open word ("… and the") or the
     * next line opens in lower case, and neither holds a field separator (a tab, " | ").
     */
    private static boolean wrapsInto(String line, String next) {
        if (line.length() < WRAP_WIDTH || next.isEmpty() || Shapes.closed(line)) {
            return false;
        }
        boolean fields = line.contains("\t") || line.contains(" | ") || next.contains("\t") || next.contains(" | ");
        return !fields && (Shapes.openEnded(line) || Character.isLowerCase(next.codePointAt(0)));
    }

    /** A line this long or longer may be prose wrapped at the page's width. */
    private static final int WRAP_WIDTH = 60;

    /**
     * Prose wrapped at a fixed width, as a textbook summary or typed-up notes are: most lines are
     * long, and most long lines stop mid-sentence with the next line going on with it. Flashcards
     * put one side on a line, so their lines end where their sentences do.
     */
    private static boolean wrappedProse(List<SourceLine> lines, int nonBlank) {
        int wide = 0;
        int inParagraphs = 0;
        int run = 0;
        for (int i = 0; i <= lines.size(); i++) {
            boolean wraps = i + 1 < lines.size()
                    && wrapsInto(lines.get(i).stripped(), lines.get(i + 1).stripped());
            wide += i < lines.size() && lines.get(i).stripped().length() >= WRAP_WIDTH ? 1 : 0;
            if (wraps) {
                run++;
            } else {
                // a paragraph: three lines or more wrapped into each other (a flashcard's side wraps once)
                inParagraphs += run >= 2 ? run + 1 : 0;
                run = 0;
            }
        }
        return wide >= 6 && wide * 2 >= nonBlank && inParagraphs * 2 >= wide;
    }

    /**
     * Notes typed in a hurry: a term and its explanation on one line ("user adoption = how far
     * staff use the system", "phased rollout - one team at a time", "trust: confidence in …"),
     * four or more and a fifth of the lines, with headings, bullets and lines indented under
     * them making half the lines; few prompts (a question deck answers on the next line, and its
     * answers may be "high / high - core customers" lines).
     */
    private static boolean hurriedNotes(Outline outline, int nonBlank) {
        int terms = 0;
        int shaped = 0;
        int prompts = 0;
        for (int i = 0; i < outline.lines().size(); i++) {
            OutlineLine l = outline.lines().get(i);
            if (l.blank()) {
                continue;
            }
            boolean term = l.definition() || MarkdownReader.termLine(l.text()) != null;
            terms += term ? 1 : 0;
            // a lead-in ("price tiers:") is notes' own shape; a question or "Define X" is a deck's
            prompts += Shapes.isStrongPrompt(l.text()) && !Shapes.leadsIn(l.text()) ? 1 : 0;
            shaped += term || outline.heading(i) || l.bullet() || l.numbered() || l.indent() > 0 ? 1 : 0;
        }
        return terms >= 4 && terms * 5 >= nonBlank && shaped * 2 >= nonBlank && prompts * 8 < nonBlank;
    }

    private static boolean prompt(String text) {
        return text.endsWith("?") || Shapes.leadsIn(text) || Shapes.isImperativePrompt(text);
    }

    @Override
    public void read(List<SourceLine> lines, Layout layout, CardCollector out) {
        List<SourceLine> markdown = OutlineMarkdown.of(Outline.of(lines));
        MarkdownReader.notes(markdown, markdown, out);
    }
}
