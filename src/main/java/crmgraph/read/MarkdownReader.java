package crmgraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown notes. A "term: definition" line (bold or not, bulleted or not) is a card, with any
 * more-indented lines under it. A top-level bullet naming a term, with nested bullets, is a card.
 * What else a section holds (paragraphs, lists) is one card whose prompt is the section heading;
 * a heading with nothing of its own is furniture, as are rules and front matter.
 */
final class MarkdownReader implements FormatReader {

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern TERM_LINE = Pattern.compile(
            "^(\\s*)(?:[-*+\u2022]\\s+|\\d{1,2}[.)]\\s+)?(\\*\\*|__)?([^:*_]{1,80}?)(\\*\\*|__)?\\s*(?::|\\s[\u2013\u2014-]\\s)\\s*(\\S.*)$");
    private static final Pattern RULE = Pattern.compile("^\\s*([-*_]\\s*){3,}$");

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
        return headings > 0 ? Math.min(1, 0.55 + share) : terms * 3 >= nonBlank ? 0.4 + share / 2 : 0;
    }

    /** The term and definition of a "term: definition" line, or null. */
    static String[] termLine(String text) {
        Matcher m = TERM_LINE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String term = m.group(3).strip();
        boolean bold = m.group(2) != null;
        if (term.isEmpty() || Shapes.words(term) > 8 || term.endsWith(".") || term.matches("(?i)https?|www|e\\.g|i\\.e|note")
                || !bold && Shapes.words(term) > 6 || Shapes.isQuestion(term) && !bold) {
            return null;
        }
        return new String[] {term, m.group(5).strip()};
    }

    @Override
    public void read(List<SourceLine> lines, Layout layout, CardCollector out) {
        Furniture furniture = new Furniture(lines);
        SourceLine heading = null;
        List<SourceLine> rest = new ArrayList<>();
        int i = frontMatter(lines, out);
        while (i < lines.size()) {
            SourceLine l = lines.get(i);
            Matcher h = HEADING.matcher(l.text());
            if (h.matches()) {
                section(heading, rest, out);
                heading = l;
                rest = new ArrayList<>();
                i++;
                continue;
            }
            if (l.blank()) {
                i++;
                continue;
            }
            if (RULE.matcher(l.text()).matches() || furniture.anywhere(l.text())) {
                out.furniture(l);
                i++;
                continue;
            }
            String[] term = termLine(l.text());
            boolean listed = Shapes.isListLine(l.text()) || indent(l.text()) > 0;
            if (term != null && (!listed || heading == null || Furniture.titleLike(heading.text()) && indent(l.text()) == 0)) {
                i = termCard(lines, i, term, out);
                continue;
            }
            rest.add(l);
            i++;
        }
        section(heading, rest, out);
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

    /** A "term: definition" card, with the lines indented under it. */
    private static int termCard(List<SourceLine> lines, int i, String[] term, CardCollector out) {
        SourceLine l = lines.get(i);
        int indent = indent(l.text());
        StringBuilder back = new StringBuilder(term[1]);
        int last = l.number();
        int j = i + 1;
        while (j < lines.size() && !lines.get(j).blank() && indent(lines.get(j).text()) > indent
                && !HEADING.matcher(lines.get(j).text()).matches()) {
            back.append('\n').append(lines.get(j).text().stripTrailing());
            last = lines.get(j).number();
            j++;
        }
        out.card(unbold(term[0]), back.toString(), l.number(), last);
        return j;
    }

    /** The rest of a section: nested term bullets become cards, the remainder one card under the heading. */
    private static void section(SourceLine heading, List<SourceLine> rest, CardCollector out) {
        List<SourceLine> remainder = new ArrayList<>();
        int k = 0;
        while (k < rest.size()) {
            SourceLine l = rest.get(k);
            int j = k + 1;
            if (Shapes.isBullet(l.text()) && indent(l.text()) == 0) {
                while (j < rest.size() && indent(rest.get(j).text()) > 0 && Shapes.isListLine(rest.get(j).text())) {
                    j++;
                }
            }
            String item = Shapes.BULLET.matcher(l.text()).replaceFirst("$3").strip();
            if (j > k + 1 && Shapes.isTermLike(item)) {
                StringBuilder back = new StringBuilder();
                rest.subList(k + 1, j).forEach(s -> back.append(back.length() == 0 ? "" : "\n").append(s.text().strip()));
                out.card(unbold(item), back.toString(), l.number(), rest.get(j - 1).number());
                k = j;
            } else {
                remainder.add(l);
                k++;
            }
        }
        if (heading == null) {
            paragraphs(remainder, out);
            return;
        }
        String title = unbold(HEADING.matcher(heading.text()).replaceFirst("$2"));
        if (remainder.isEmpty()) {
            out.furniture(heading);
            return;
        }
        StringBuilder back = new StringBuilder();
        remainder.forEach(s -> back.append(back.length() == 0 ? "" : "\n").append(s.text().stripTrailing()));
        out.card(title, back.toString(), heading.number(), remainder.get(remainder.size() - 1).number());
    }

    /** Text before any heading: each paragraph with the list after it is a card of its own. */
    private static void paragraphs(List<SourceLine> lines, CardCollector out) {
        int k = 0;
        while (k < lines.size()) {
            SourceLine head = lines.get(k);
            int j = k + 1;
            StringBuilder back = new StringBuilder();
            while (j < lines.size() && Shapes.isListLine(lines.get(j).text())) {
                back.append(back.length() == 0 ? "" : "\n").append(lines.get(j).text().stripTrailing());
                j++;
            }
            out.card(head.stripped(), back.toString(), head.number(), lines.get(j - 1).number());
            k = j;
        }
    }

    private static int indent(String text) {
        int n = 0;
        while (n < text.length() && (text.charAt(n) == ' ' || text.charAt(n) == '\t')) {
            n += text.charAt(n) == '\t' ? 4 : 1;
        }
        return n;
    }

    private static String unbold(String s) {
        return s.replaceAll("\\*\\*|__", "").replaceAll("^[*_]|[*_]$", "").strip();
    }
}
