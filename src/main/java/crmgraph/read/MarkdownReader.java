package crmgraph.read;

import crmgraph.Regex;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown notes, read with a CommonMark parser (GitHub tables included) that keeps each block's
 * source lines. Front matter is furniture; {@link NoteSections} cuts the rest into cards: passages
 * under their headings, runs of "term: definition" lines and tables of terms as prompts.
 */
final class MarkdownReader implements FormatReader {

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern TERM_LINE = Pattern.compile(
            "^(\\s*)(?:[-*+\u2022]\\s+|\\d{1,2}[.)]\\s+)?(\\*\\*|__)?([^:*_]{1,80}?)(\\*\\*|__)?\\s*(?::(?!//)|\\s[\u2013\u2014-]\\s|\\s(?:=|(?:->|=>|\u2192)(?!.*(?:->|\u2192)))\\s)\\s*(\\S.*)$");
    /** Values in a row, "Service design | Marketing techniques | Diagrams": a page's category footer, not a definition. */
    private static final Pattern VALUE_ROW = Pattern.compile("\\S[^|]*(?:\\s\\|\\s[^|]+){2,}");

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public double fit(List<SourceLine> lines) {
        int headings = 0;
        int terms = 0;
        int nonBlank = 0;
        for (SourceLine l : lines) {
            if (l.blank()) {
                continue;
            }
            nonBlank++;
            if (HEADING.matcher(l.text()).matches()) {
                headings++;
            } else if (termLine(l.text()) != null) {
                terms++;
            }
        }
        if (nonBlank == 0) {
            return 0;
        }
        double share = (double) (headings + terms) / nonBlank;
        return headings > 0 ? Math.min(1, 0.55 + share) : terms * 3 >= nonBlank ? 0.3 + share / 2 : 0;
    }

    /** The term and definition of a "term: definition" line, or null. */
    static String[] termLine(String text) {
        Matcher m = TERM_LINE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String term = m.group(3).strip();
        String sign = text.substring(m.end(3), m.start(5));
        if (Regex.matches(sign, ".*(?:->|=>|\u2192).*") && Shapes.words(m.group(5)) < 3) {
            // "trust -> commitment": a cause and its effect, not a term and its explanation
            return null;
        }
        boolean bold = m.group(2) != null;
        if (VALUE_ROW.matcher(m.group(5)).matches()) {
            return null;
        }
        if (term.isEmpty()
                || Shapes.words(term) > 8
                || term.endsWith(".")
                || Regex.matches(term, "(?i)https?|www|e\\.g|i\\.e|note")
                || Regex.matches(term, ".*(?:->|\u2192).*")
                || !bold && Shapes.words(term) > 6
                || Shapes.isQuestion(term) && !bold) {
            return null;
        }
        return new String[] {term, m.group(5).strip()};
    }

    @Override
    public void read(List<SourceLine> given, Layout layout, CardCollector out) {
        List<SourceLine> html = HtmlBlocks.applies(given) ? HtmlBlocks.asMarkdown(given, out) : given;
        List<SourceLine> lines = OutlinerPage.applies(html) ? OutlinerPage.asMarkdown(html, out) : html;
        int body = frontMatter(lines, out);
        java.util.BitSet properties = Furniture.properties(lines);
        properties.stream().forEach(i -> out.furniture(lines.get(i)));
        notes(
                lines.stream()
                        .map(l -> l.number() <= body || properties.get(l.number() - 1)
                                ? new SourceLine(l.number(), "")
                                : l)
                        .toList(),
                lines,
                out);
    }

    /**
     * Reads Markdown lines as notes. {@code raw} are the lines the notes reader looks at as
     * written: the file's own, or (for a rewritten outline) the Markdown itself.
     */
    static void notes(List<SourceLine> markdown, List<SourceLine> raw, CardCollector out) {
        StringBuilder text = new StringBuilder();
        for (SourceLine l : markdown) {
            // One line for each of ours, so the parser's line indexes are ours.
            text.append(l.text()).append('\n');
        }
        new NoteSections(raw, out).read((Document) PARSER.parse(text.toString()));
    }

    /** The plain text of one line of Markdown: emphasis and link markup dropped, citation marks removed. */
    static String plainLine(String line) {
        return MarkdownText.flat(PARSER.parse(line));
    }

    private static int frontMatter(List<SourceLine> lines, CardCollector out) {
        if (lines.isEmpty() || !lines.get(0).stripped().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).stripped().equals("---")) {
                lines.subList(0, i + 1).forEach(out::furniture);
                return i + 1;
            }
        }
        return 0;
    }
}
