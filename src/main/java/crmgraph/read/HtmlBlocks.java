package crmgraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML a note app writes into its Markdown export (Notion's toggles and callouts), rewritten
 * line for line as the notes reader reads Markdown: a toggle's summary ("&lt;summary&gt;Time to
 * value (TTV)&lt;/summary&gt;") heads the text folded under it, as a heading one level below the
 * section it stands in; the tags that only open and close a block ("&lt;details&gt;",
 * "&lt;/aside&gt;") are furniture, and the text inside them is read as it stands.
 */
final class HtmlBlocks {

    private static final Pattern SUMMARY =
            Pattern.compile("^\\s*<summary>\\s*(.*?)\\s*</summary>\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "^\\s*</?(?:details|aside|summary|div|section|callout)(?:\\s[^>]*)?>\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s");
    /** The deepest heading Markdown has: a summary under it stays at that level. */
    private static final int DEEPEST = 6;

    private HtmlBlocks() {}

    static boolean applies(List<SourceLine> lines) {
        return lines.stream()
                .anyMatch(l -> SUMMARY.matcher(l.text()).matches()
                        || BLOCK_TAG.matcher(l.text()).matches());
    }

    static List<SourceLine> asMarkdown(List<SourceLine> lines, CardCollector out) {
        List<SourceLine> rewritten = new ArrayList<>(lines.size());
        int level = 1;
        for (SourceLine l : lines) {
            Matcher heading = HEADING.matcher(l.text());
            if (heading.find()) {
                level = heading.group(1).length();
            }
            Matcher summary = SUMMARY.matcher(l.text());
            if (summary.matches() && !summary.group(1).isBlank()) {
                String marks = "#".repeat(Math.min(DEEPEST, level + 1));
                rewritten.add(new SourceLine(l.number(), marks + " " + summary.group(1)));
            } else if (BLOCK_TAG.matcher(l.text()).matches()) {
                out.furniture(l);
                rewritten.add(new SourceLine(l.number(), ""));
            } else {
                rewritten.add(l);
            }
        }
        return rewritten;
    }
}
