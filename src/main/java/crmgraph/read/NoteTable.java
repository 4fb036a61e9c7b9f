package crmgraph.read;

import crmgraph.Regex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/**
 * A table in notes, read for the terms it defines. A two-column table whose first column holds
 * terms is a glossary: each row a term and its definition. A wider table whose first column holds
 * acronyms and another column their full names (the initials spell the acronym) gives each row as
 * "Full Name (ACR)" explained by the remaining columns; a wider table of terms gives the term and
 * the other columns. A wider table whose second column holds single words or figures is a table of
 * values (the steps of an example, shares and ratings), not of terms. The header row names
 * columns, not concepts.
 */
record NoteTable(List<String> header, List<Row> rows, int headerLine) {

    /** One body row: its cells' text and its source line. */
    record Row(List<String> cells, int line) {}

    /** A row read as a term and its explanation. */
    record Entry(String term, String explanation, int line) {}

    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z&]{0,2}[A-Z][A-Z&]{0,6}s?|[A-Z]{2,8}");
    private static final Set<String> SMALL =
            Set.of("of", "and", "for", "the", "&", "to", "in", "on", "a", "an", "with", "by");

    static NoteTable of(TableBlock table, List<SourceLine> lines) {
        List<String> header = List.of();
        int headerLine = -1;
        List<Row> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow) || row.getSourceSpans().isEmpty()) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(MarkdownText.flat(cell));
                }
                int line = lines.get(row.getSourceSpans().get(0).getLineIndex()).number();
                if (part instanceof TableHead) {
                    header = cells;
                    headerLine = line;
                } else if (part instanceof TableBody) {
                    rows.add(new Row(cells, line));
                }
            }
        }
        return new NoteTable(header, rows, headerLine);
    }

    /** The rows as terms with explanations, or an empty list when the table is not a list of terms. */
    List<Entry> entries() {
        if (rows.isEmpty() || header.size() < 2 || !mostly(r -> termLike(cell(r, 0)))) {
            return List.of();
        }
        int names = nameColumn();
        if (names == 0 && header.size() > 2 && !mostly(r -> words(cell(r, 1)) >= 2)) {
            // "Booking online | website | quick": a row of values (the steps of an example, figures), not a term and
            // its explanation.
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        for (Row r : rows) {
            String term = cell(r, 0);
            if (names > 0 && !cell(r, names).isBlank()) {
                term = cell(r, names) + " (" + term + ")";
            }
            StringBuilder explanation = new StringBuilder();
            for (int c = 1; c < r.cells().size(); c++) {
                if (c != names && !cell(r, c).isBlank()) {
                    explanation
                            .append(explanation.length() == 0 ? "" : sentenceEnd(explanation) ? " " : "; ")
                            .append(cell(r, c));
                }
            }
            if (!term.isBlank() && explanation.length() > 0) {
                out.add(new Entry(term, explanation.toString(), r.line()));
            }
        }
        return out;
    }

    /** The column (after the first) whose cells spell the first column's acronyms in most rows; 0 when none. */
    private int nameColumn() {
        if (!mostly(r -> ACRONYM.matcher(cell(r, 0)).matches())) {
            return 0;
        }
        for (int c = 1; c < header.size(); c++) {
            int column = c;
            if (mostly(r -> spells(cell(r, column), cell(r, 0)))) {
                return c;
            }
        }
        return 0;
    }

    private boolean mostly(java.util.function.Predicate<Row> test) {
        long yes = rows.stream().filter(test).count();
        return yes * 3 >= rows.size() * 2L;
    }

    private static String cell(Row r, int c) {
        return c < r.cells().size() ? r.cells().get(c) : "";
    }

    /** Words of a cell outside brackets: "website (brand-owned)" is one, "5-10%" none. */
    private static int words(String text) {
        return (int) java.util.Arrays.stream(Regex.split(Regex.replaceAll(text, "\\([^()]*\\)", " "), "\\s+"))
                .filter(w -> Regex.matches(w, ".*\\p{L}.*"))
                .count();
    }

    private static boolean termLike(String text) {
        return Shapes.isTermLike(text) && Regex.matches(text, ".*\\p{L}.*");
    }

    private static boolean sentenceEnd(StringBuilder b) {
        char last = b.charAt(b.length() - 1);
        return last == '.' || last == '!' || last == '?';
    }

    /** True when the words' initials (small words skipped, hyphenated parts counted either way) spell the acronym. */
    static boolean spells(String name, String acronym) {
        String letters =
                Regex.replaceAll(acronym, "s$", "").toLowerCase(Locale.ROOT).replace("&", "");
        StringBuilder all = new StringBuilder();
        StringBuilder big = new StringBuilder();
        for (String w : Regex.split(name.toLowerCase(Locale.ROOT), "[\\s]+")) {
            for (String part : w.split("-")) {
                String p = Regex.replaceAll(part, "[^a-z0-9]", "");
                if (!p.isEmpty()) {
                    all.append(p.charAt(0));
                    if (!SMALL.contains(p)) {
                        big.append(p.charAt(0));
                    }
                }
            }
        }
        return letters.length() >= 2 && (letters.contentEquals(all) || letters.contentEquals(big));
    }
}
