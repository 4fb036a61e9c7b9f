package crmgraph.read;

import crmgraph.Regex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page exported from an outliner (Logseq, Roam): every block is a bullet, a heading is a bullet
 * holding "## …" with its blocks indented under it, and "key:: value" is a property. Rewritten
 * line for line as the Markdown notes are read in: page properties at the top ("title::",
 * "tags::") and properties holding only links or tags ("related:: [[CLV]], [[retention]]") are
 * furniture; a block property ("churn rate:: customers lost …") is a term and its explanation; a
 * heading bullet is a heading, its blocks moved out one level.
 */
final class OutlinerPage {

    private static final Pattern PROPERTY = Pattern.compile("^(\\s*(?:[-*+]\\s+)?)([^:\\s][^:]{0,79}?)::\\s*(.*)$");
    private static final Pattern HEADING_BULLET = Pattern.compile("^(\\s*)[-*+]\\s+(#{1,6}\\s+\\S.*)$");
    /** A value of links and tags only: "[[MKT3302]], lecture, revision" is not, "[[CLV]], #exam" is. */
    private static final Pattern LINKS_ONLY = Pattern.compile("^(?:\\s*(?:\\[\\[[^\\]]+]]|#\\S+)\\s*,?)+$");

    private OutlinerPage() {}

    /** Whether the lines use an outliner's own marks: properties with "::" or headings inside bullets. */
    static boolean applies(List<SourceLine> lines) {
        return lines.stream()
                .anyMatch(l -> PROPERTY.matcher(l.text()).matches()
                        || HEADING_BULLET.matcher(l.text()).matches()
                        || WIKILINK.matcher(l.text()).find());
    }

    /** "[[voluntary churn]]", "[[decision tree|decision trees]]": a link to a page, shown by its words. */
    private static final Pattern WIKILINK = Pattern.compile("\\[\\[(?:[^\\]|]*\\|)?([^\\]|]+)]]");

    /** The page as Markdown, one line for each of its lines; furniture is reported and left blank. */
    static List<SourceLine> asMarkdown(List<SourceLine> lines, CardCollector out) {
        List<SourceLine> rewritten = new ArrayList<>(lines.size());
        boolean top = true;
        int headingIndent = -1;
        int childShift = 0;
        for (SourceLine l : lines) {
            String text = l.text().replace("\t", "  ");
            if (l.blank()) {
                rewritten.add(l);
                continue;
            }
            Matcher property = PROPERTY.matcher(text);
            // a page property's key is one word ("tags::", "page-type::"); "Service failure::when …" is a card
            boolean pageProperty = top
                    && property.matches()
                    && property.group(1).isEmpty()
                    && property.group(2).matches("[\\p{L}\\p{N}_-]+");
            if (pageProperty
                    || property.matches()
                            && LINKS_ONLY.matcher(property.group(3)).matches()) {
                out.furniture(l);
                rewritten.add(new SourceLine(l.number(), ""));
                continue;
            }
            top = false;
            int indent = text.length() - text.stripLeading().length();
            Matcher heading = HEADING_BULLET.matcher(text);
            if (heading.matches()) {
                headingIndent = indent;
                childShift = -1;
                rewritten.add(new SourceLine(l.number(), heading.group(2)));
                continue;
            }
            if (headingIndent >= 0 && indent <= headingIndent) {
                headingIndent = -1; // a block beside the heading ends its section's indent
            }
            if (headingIndent >= 0) {
                childShift = childShift < 0 ? indent : childShift;
                text = text.substring(Math.min(childShift, indent));
            }
            if (property.matches()) {
                // "term:::explanation" (a card asked both ways in some apps) reads as "term::explanation"
                text = Regex.replaceFirst(text, ":::?\\s*", ": ");
            }
            rewritten.add(new SourceLine(l.number(), WIKILINK.matcher(text).replaceAll("$1")));
        }
        return rewritten;
    }
}
