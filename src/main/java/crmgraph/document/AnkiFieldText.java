package crmgraph.document;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an Anki field, which is HTML: line breaks and blocks become lines, list items lines of
 * their own ("- item", "1. item", indented two spaces per nested list), entities decoded; images,
 * sounds ({@code [sound:…]}), audio and video, style and script content and all styling dropped.
 */
final class AnkiFieldText {

    private static final Pattern SOUND = Pattern.compile("\\[sound:[^\\]\\n]*]");
    /** What a field may hold that is no text: media, and code or style a card template runs or applies. */
    private static final String NOT_TEXT =
            "img, audio, video, source, object, embed, iframe, svg, canvas, style, script, template";

    private static final Set<String> BLOCKS = Set.of(
            "div",
            "p",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "pre",
            "table",
            "tr",
            "hr",
            "section",
            "article",
            "header",
            "footer",
            "figure",
            "figcaption");

    private AnkiFieldText() {}

    /** The field's text, lines separated by {@code \n}, with at most one blank line in a row and none at the ends. */
    static String of(String html) {
        Element body =
                Jsoup.parseBodyFragment(SOUND.matcher(html).replaceAll(" ")).body();
        body.select(NOT_TEXT).remove();
        Lines lines = new Lines();
        lines.traverse(body);
        return tidy(lines.out.toString());
    }

    /** Whether a field holds media (an image, a sound, audio or video). */
    static boolean hasMedia(String html) {
        return SOUND.matcher(html).find()
                || !Jsoup.parseBodyFragment(html)
                        .body()
                        .select("img, audio, video, object, embed")
                        .isEmpty();
    }

    private static String tidy(String text) {
        String s = text.replace('\u00A0', ' ');
        s = s.replaceAll("(?<=\\S)[ \\t]{2,}", " ").replaceAll("[ \\t]+\\n", "\n");
        return s.replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** Writes text nodes and the line breaks their elements make. */
    private static final class Lines implements NodeVisitor {

        private final StringBuilder out = new StringBuilder();
        private boolean lineStart = true;
        /** A list item's marker, written when the item's text comes (an empty item leaves none). */
        private String marker = "";

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String s = text.text();
                if (lineStart) {
                    s = s.stripLeading();
                }
                if (!s.isEmpty()) {
                    out.append(marker).append(s);
                    marker = "";
                    lineStart = false;
                }
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    newLine(true);
                } else if (BLOCKS.contains(tag)) {
                    newLine(false);
                }
                if (tag.equals("li")) {
                    marker = "  ".repeat(Math.max(0, listDepth(element) - 1)) + marker(element);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (BLOCKS.contains(tag)) {
                    newLine(false);
                } else if (tag.equals("td") || tag.equals("th")) {
                    out.append(' ');
                }
            }
        }

        /** Ends the line; a {@code <br>} always does, a block only when text stands on the line. */
        private void newLine(boolean always) {
            if (always || !lineStart) {
                out.append('\n');
                marker = "";
            }
            lineStart = true;
        }

        private static int listDepth(Element item) {
            return (int) item.parents().stream()
                    .filter(p -> p.normalName().equals("ul") || p.normalName().equals("ol"))
                    .count();
        }

        /** "- " in a bulleted list, "3. " for the third item of a numbered one (counting from its start). */
        private static String marker(Element item) {
            Element list = item.parent();
            if (list == null || !list.normalName().equals("ol")) {
                return "- ";
            }
            int start = 1;
            try {
                start = Integer.parseInt(list.attr("start").strip());
            } catch (NumberFormatException e) {
                // no start attribute: numbered from 1
            }
            int before = (int) list.children().stream()
                    .takeWhile(c -> c != item)
                    .filter(c -> c.normalName().equals("li"))
                    .count();
            return (start + before) + ". ";
        }
    }
}
