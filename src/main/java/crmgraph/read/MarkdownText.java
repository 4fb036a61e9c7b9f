package crmgraph.read;

import crmgraph.Regex;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The words of Markdown inline content as a reader sees them: the text of links, emphasis and code
 * kept, their markup dropped; images and raw HTML dropped; citation marks ("[13]", "[citation
 * needed]") removed. Line ends inside a paragraph are kept as {@code \n}, one per source line, so a
 * caller can still tell which line said what.
 */
final class MarkdownText {

    /** Reference marks pasted from encyclopedias: "[13]", "[2, 5]", "[a]", "[note 1]", "[citation needed]". */
    private static final Pattern CITATION = Pattern.compile(
            "\\s*\\[(?:\\d{1,3}(?:\\s*[,\u2013-]\\s*\\d{1,3})*|[a-z]|(?:note|nb)\\s*\\d{1,3}|[a-z]+(?:\\s[a-z]+)?\\sneeded|[a-z]+\\?)\\]",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CITATION_TEXT = Pattern.compile("\\d{1,3}|[a-z]|\\[.*\\]", Pattern.CASE_INSENSITIVE);

    /** "==Procedural justice==": a highlight (Obsidian, Typora, many note apps), shown as its words. */
    private static final Pattern HIGHLIGHT = Pattern.compile("(?<![=\\w])==(?=\\S)([^=\n]+?)(?<=\\S)==(?![=\\w])");

    private MarkdownText() {}

    /** The text of a node's inline content, one line per source line. */
    static String lines(Node node) {
        StringBuilder b = new StringBuilder();
        append(node, b);
        return String.join(
                "\n",
                Arrays.stream(b.toString().split("\n", -1))
                        .map(MarkdownText::tidy)
                        .toList());
    }

    /** The text of a node's inline content on one line: hard-wrapped lines joined. */
    static String flat(Node node) {
        return tidy(lines(node).replace('\n', ' '));
    }

    /** The lines of {@link #lines(Node)} as a list. */
    static List<String> lineList(Node node) {
        return List.of(lines(node).split("\n", -1));
    }

    static String tidy(String line) {
        String s = HIGHLIGHT.matcher(CITATION.matcher(line).replaceAll("")).replaceAll("$1");
        return Regex.replaceAll(Regex.replaceAll(s, "[ \\t\\x0B\\f]+", " "), " ([.,;:!?])", "$1")
                .strip();
    }

    private static void append(Node node, StringBuilder b) {
        if (node instanceof Text t) {
            b.append(t.getLiteral().replace('\n', ' '));
        } else if (node instanceof Code c) {
            b.append(c.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            b.append('\n');
        } else if (node instanceof Image || node instanceof HtmlInline || citationLink(node)) {
            // Dropped, but the lines it spanned still end: later text stays on its own line.
            b.append("\n".repeat(lineEnds(node)));
        } else {
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                append(c, b);
            }
        }
    }

    /** A link whose text is a footnote number: "[13]" pointing at a reference list. */
    private static boolean citationLink(Node node) {
        if (!(node instanceof Link)) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            append(c, text);
        }
        return CITATION_TEXT.matcher(text.toString().strip()).matches();
    }

    private static int lineEnds(Node node) {
        if (node instanceof HtmlInline h) {
            return (int) h.getLiteral().chars().filter(ch -> ch == '\n').count();
        }
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            return 1;
        }
        int n = 0;
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            n += lineEnds(c);
        }
        return n;
    }
}
