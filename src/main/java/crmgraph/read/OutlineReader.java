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

    @Override
    public String format() {
        return "outline";
    }

    /**
     * An outline has two numbered headings or more with something under them, and bullets,
     * numbered items and "Term – explanation" lines (two or more) make, with the headings, half
     * its lines or more. Questions, "Define X" and lead-ins ending in a colon do not count as
     * headings here: numbered flashcards start that way ("Why projects fail" without a question
     * mark is a heading). Prose under numbered headings makes no outline.
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
            } else if (l.bullet() || l.numbered() || l.dashDefinition()) {
                structure++;
            }
        }
        return headings >= 2 && structure >= 2 && headings + structure >= nonBlank / 2.0 ? FIT : 0;
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
