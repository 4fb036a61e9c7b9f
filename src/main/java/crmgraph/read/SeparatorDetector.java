package crmgraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the separators of an export over the whole file: for every pair of candidates (between
 * term and definition, between cards), the share of records it cuts into a short term and a
 * non-empty definition. The pair that cuts the most records wins; of pairs that cut as many, the
 * one that finds more cards. A definition may hold the separator itself: only its first occurrence
 * in a record counts.
 */
final class SeparatorDetector {

    /** A term is short: a left side longer than this is a sentence cut at a comma, not a term. */
    private static final int MAX_TERM_WORDS = 10;
    /** A cell runs over a few lines at most; an unbalanced quote in prose must not swallow the file. */
    private static final int MAX_JOINED_LINES = 8;

    private SeparatorDetector() {}

    static Optional<Separators.Found> detect(List<String> lines) {
        List<String> content = lines.stream()
                .filter(l -> !l.isBlank() && !AnkiHeader.isHeaderLine(l))
                .toList();
        Separators.Found best = null;
        for (String row : Separators.ROW_CANDIDATES) {
            List<String> records = records(content, row);
            if (records.isEmpty()
                    || records.size() < 2 && !row.equals(Separators.NEW_LINE)
                    || !row.equals(Separators.NEW_LINE) && spansLines(records)) {
                continue;
            }
            for (String field : Separators.FIELD_CANDIDATES) {
                // one record says little, but a tab is never prose: one tabbed line is one card
                if (field.equals(row)
                        || row.contains(field.strip()) && !field.isBlank()
                        || records.size() < 2 && !field.equals("\t")) {
                    continue;
                }
                int split = (int) records.stream().filter(r -> splits(r, field)).count();
                Separators.Found found = new Separators.Found(new Separators(field, row), records.size(), split);
                if (better(found, best)) {
                    best = found;
                }
            }
        }
        return Optional.ofNullable(best).filter(f -> f.split() > 0);
    }

    private static boolean better(Separators.Found a, Separators.Found b) {
        if (b == null) {
            return true;
        }
        if (Math.abs(a.share() - b.share()) > 1e-9) {
            return a.share() > b.share();
        }
        return a.split() > b.split();
    }

    /** The records of the text: its lines, or its pieces between row separators. */
    static List<String> records(List<String> lines, String row) {
        if (row.equals(Separators.NEW_LINE)) {
            return quotedLines(lines);
        }
        List<String> out = new ArrayList<>();
        String text = String.join("\n", lines);
        if (!text.contains(row)) {
            return out;
        }
        for (String piece : text.split(java.util.regex.Pattern.quote(row))) {
            if (!piece.isBlank()) {
                out.add(piece.strip());
            }
        }
        return out;
    }

    /**
     * Cards between other separators sit on one line or a few long ones ("a - b;c - d;…"): records
     * that run over lines are sentences cut at semicolons, not cards.
     */
    private static boolean spansLines(List<String> records) {
        return records.stream().filter(r -> r.contains("\n")).count() > records.size() / 5;
    }

    /** Lines, with a quoted field that runs over lines (a spreadsheet cell with line breaks) kept in one record. */
    private static List<String> quotedLines(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder record = new StringBuilder();
        int joined = 0;
        for (String line : lines) {
            record.append(record.length() == 0 ? "" : "\n").append(line);
            boolean open = record.chars().filter(c -> c == '"').count() % 2 == 1;
            if (open && joined < MAX_JOINED_LINES) {
                joined++;
                continue;
            }
            out.add(record.toString());
            record.setLength(0);
            joined = 0;
        }
        if (record.length() > 0) {
            out.add(record.toString());
        }
        return out;
    }

    /** Whether a record cuts into a short term and a definition at the first separator outside quotes. */
    static boolean splits(String record, String field) {
        int at = firstOutsideQuotes(record, field);
        if (at <= 0) {
            return false;
        }
        String term = unquote(record.substring(0, at));
        String rest = record.substring(at + field.length()).strip();
        // a tab is never prose: a table's first column may hold the definition (a definition-first export)
        return !term.isBlank() && !rest.isBlank() && (field.equals("\t") || Shapes.words(term) <= MAX_TERM_WORDS);
    }

    private static int firstOutsideQuotes(String record, String field) {
        int plain = record.indexOf(field);
        if (plain < 0 || record.indexOf('"') < 0 || record.indexOf('"') > plain) {
            return plain; // no quote before the first separator: it stands outside any quotes
        }
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && record.startsWith(field, i)) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String s) {
        String t = s.strip();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}
