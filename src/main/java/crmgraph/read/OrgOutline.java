package crmgraph.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emacs Org-mode notes put as Markdown notes, line for line: "#+TITLE:" and the other keyword
 * lines and property drawers (":PROPERTIES:" … ":END:") are furniture; a headline of stars is a
 * heading of that level without its tags (":lecture:"); "- term :: explanation", Org's description
 * list, is a term and its explanation. Only where the file is Org's: a keyword line and a headline.
 */
final class OrgOutline {

    private static final Pattern KEYWORD = Pattern.compile("^\\s*#\\+[A-Za-z_]+:.*$");
    private static final Pattern HEADLINE = Pattern.compile("^(\\*{1,6})\\s+(.*?)(?:\\s+:[\\w@#%:]+:)?\\s*$");
    private static final Pattern DRAWER_START = Pattern.compile("^\\s*:[A-Z_]+:\\s*$");
    private static final Pattern DRAWER_END = Pattern.compile("^\\s*:END:\\s*$");
    private static final Pattern DESCRIPTION = Pattern.compile("^(\\s*[-+]\\s+)(.{1,80}?)\\s+::\\s+(.*)$");

    private OrgOutline() {}

    static MessageLines.Cleaned of(List<SourceLine> lines) {
        BitSet furniture = new BitSet(lines.size());
        if (!org(lines)) {
            return new MessageLines.Cleaned(lines, furniture);
        }
        List<SourceLine> out = new ArrayList<>(lines.size());
        boolean drawer = false;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String text = line.text();
            boolean drawerLine = drawer || DRAWER_START.matcher(text).matches();
            if (drawerLine) {
                drawer = !DRAWER_END.matcher(text).matches();
            }
            if (drawerLine || KEYWORD.matcher(text).matches()) {
                furniture.set(i);
                out.add(new SourceLine(line.number(), ""));
                continue;
            }
            Matcher headline = HEADLINE.matcher(text);
            Matcher description = DESCRIPTION.matcher(text);
            if (headline.matches()) {
                text = "#".repeat(headline.group(1).length()) + " " + headline.group(2);
            } else if (description.matches()) {
                text = description.group(1) + description.group(2) + ": " + description.group(3);
            }
            out.add(new SourceLine(line.number(), text));
        }
        return new MessageLines.Cleaned(out, furniture);
    }

    /** A "#+KEYWORD:" line and a headline of stars: Org's own marks. */
    private static boolean org(List<SourceLine> lines) {
        return lines.stream().anyMatch(l -> KEYWORD.matcher(l.text()).matches())
                && lines.stream().anyMatch(l -> HEADLINE.matcher(l.text()).matches());
    }
}
