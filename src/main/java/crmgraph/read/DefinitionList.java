package crmgraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A definition list (Pandoc, PHP Markdown Extra, MultiMarkdown): a term on its own line, then
 * its definition on lines opening with ":" or "~" and spaces, wrapped lines indented under it.
 * Put line for line as "Term:" over its definition's lines, which the notes readers know as a
 * term and its explanation. Only where two terms or more are written so.
 */
final class DefinitionList {

    private static final Pattern DEFINITION = Pattern.compile("^[:~]\\s{1,4}(\\S.*)$");
    private static final int MIN_TERMS = 2;

    private DefinitionList() {}

    static List<SourceLine> of(List<SourceLine> lines) {
        List<Integer> terms = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (DEFINITION.matcher(lines.get(i).text()).matches()) {
                int t = i - 1;
                while (t >= 0
                        && (DEFINITION.matcher(lines.get(t).text()).matches()
                                || lines.get(t).blank())) {
                    t--;
                }
                if (t >= 0 && !terms.contains(t) && !lines.get(t).text().startsWith(" ")) {
                    terms.add(t);
                }
            }
        }
        if (terms.size() < MIN_TERMS) {
            return lines;
        }
        List<SourceLine> out = new ArrayList<>(lines.size());
        boolean inDefinition = false;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String text = line.text();
            Matcher definition = DEFINITION.matcher(text);
            if (terms.contains(i)) {
                text = text.strip().replaceAll("[:.]+$", "") + ":";
                inDefinition = false;
            } else if (definition.matches()) {
                text = "  " + definition.group(1);
                inDefinition = true;
            } else if (inDefinition && !line.blank() && text.startsWith(" ")) {
                text = "  " + text.strip(); // a wrapped line of the definition
            } else {
                inDefinition = inDefinition && line.blank();
            }
            out.add(new SourceLine(line.number(), text));
        }
        return out;
    }
}
