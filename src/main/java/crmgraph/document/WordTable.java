package crmgraph.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * A Word table as a GitHub pipe table. GFM needs a header row: the first row is one when Word
 * repeats it on each page, when it is all bold, or when it reads as column names (short cells over
 * longer rows); otherwise the table gets an empty header so every row stays a row of data (the
 * notes reader reads a two-column table of terms under an empty header as a glossary all the same).
 *
 * @param rows   each row's cell texts, as many cells in every row (merged cells padded)
 * @param bold   for each row, whether all its text is bold
 * @param header whether the first row names the columns
 */
record WordTable(List<List<String>> rows, List<Boolean> bold, boolean header) {

    /** A header cell is a column's name: a few words. */
    private static final int NAME_WORDS = 3;
    /** Data rows read as longer than names when their cells average this many times the names' words. */
    private static final double LONGER = 1.5;

    /** A table read from Word; {@code leftOut} hears of each row with a picture or a table inside (1-based row and what). */
    static WordTable of(XWPFTable table, RowNote leftOut) {
        List<List<String>> rows = new ArrayList<>();
        List<Boolean> bold = new ArrayList<>();
        boolean repeatHeader = false;
        int r = 0;
        for (XWPFTableRow row : table.getRows()) {
            r++;
            int rowNumber = r;
            List<String> cells = new ArrayList<>();
            boolean allBold = true;
            boolean anyText = false;
            for (XWPFTableCell cell : row.getTableCells()) {
                List<WordText> texts =
                        cell.getParagraphs().stream().map(WordText::of).toList();
                cells.add(cellText(texts));
                for (int extra = 1; extra < span(cell); extra++) {
                    cells.add("");
                }
                for (WordText t : texts) {
                    allBold &= t.empty() || t.allBold();
                    anyText |= !t.empty();
                }
                if (texts.stream().anyMatch(WordText::picture)) {
                    leftOut.note(rowNumber, "a picture");
                }
                if (!cell.getTables().isEmpty()) {
                    leftOut.note(rowNumber, "a table inside a cell");
                }
            }
            if (r == 1) {
                repeatHeader = row.isRepeatHeader();
            }
            rows.add(cells);
            bold.add(allBold && anyText);
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        rows.replaceAll(cells -> padded(cells, width));
        boolean header = rows.size() >= 2 && (repeatHeader || bold.get(0) && !bold.get(1) || namesColumns(rows));
        return new WordTable(rows, bold, header);
    }

    /** Hears of what a row held that is not text. */
    interface RowNote {
        void note(int row, String what);
    }

    boolean blank() {
        return rows.stream().allMatch(r -> r.stream().allMatch(String::isEmpty));
    }

    /**
     * The table's Markdown lines; {@code rowOfLine} hears, for each line, the 1-based table row it
     * came from (the header and rule of an empty header take the first row's).
     */
    List<String> markdown(Consumer<Integer> rowOfLine) {
        int width = rows.get(0).size();
        List<String> out = new ArrayList<>();
        int first = 0;
        if (header) {
            out.add(row(rows.get(0)));
            first = 1;
        } else {
            out.add("|" + "  |".repeat(width));
        }
        rowOfLine.accept(1);
        out.add("|" + "---|".repeat(width));
        rowOfLine.accept(1);
        for (int r = first; r < rows.size(); r++) {
            out.add(row(rows.get(r)));
            rowOfLine.accept(r + 1);
        }
        return out;
    }

    private static String row(List<String> cells) {
        StringBuilder out = new StringBuilder("|");
        cells.forEach(c -> out.append(' ').append(c.replace("|", "\\|")).append(" |"));
        return out.toString();
    }

    /**
     * A cell's paragraphs on one line: "; " between short items that end without punctuation
     * ("Reliability; Responsiveness"), a space after sentences.
     */
    private static String cellText(List<WordText> texts) {
        StringBuilder out = new StringBuilder();
        for (WordText t : texts) {
            if (t.empty()) {
                continue;
            }
            if (out.length() > 0) {
                char last = out.charAt(out.length() - 1);
                out.append(Character.isLetterOrDigit(last) || last == ')' ? "; " : " ");
            }
            String line = t.oneLine();
            String bullet = WordText.typedBullet(line);
            out.append(bullet != null ? bullet : line);
        }
        return out.toString();
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null
                ? Math.min(pr.getGridSpan().getVal().intValue(), 64)
                : 1;
    }

    private static List<String> padded(List<String> cells, int width) {
        List<String> out = new ArrayList<>(cells);
        out.addAll(Collections.nCopies(width - cells.size(), ""));
        return out;
    }

    /** Short cells (a few words each, none empty) over rows whose cells say more: column names. */
    private static boolean namesColumns(List<List<String>> rows) {
        List<String> first = rows.get(0);
        if (first.stream().anyMatch(c -> c.isEmpty() || words(c) > NAME_WORDS)) {
            return false;
        }
        double names = first.stream().mapToInt(WordTable::words).average().orElse(0);
        double data = rows.subList(1, rows.size()).stream()
                .flatMap(List::stream)
                .mapToInt(WordTable::words)
                .average()
                .orElse(0);
        return data > names * LONGER;
    }

    private static int words(String cell) {
        return cell.isBlank() ? 0 : cell.strip().split("\\s+").length;
    }
}
