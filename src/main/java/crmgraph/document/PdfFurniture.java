package crmgraph.document;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page furniture of a PDF: running headers and footers (a line in the top or bottom band of the page
 * that, digits aside, stands on at least half the pages and on three at least) and page numbers alone
 * in a band ("3", "Page 3 of 10", "- 3 -", "iv"). Judged by place and repetition only, never by words
 * of the notes.
 */
final class PdfFurniture {

    /** The share of the page's height at its top and at its bottom where headers and footers stand. */
    private static final double BAND = 0.1;

    private static final int MIN_PAGES = 3;
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:(?i:page|p\\.)\\s*)?[-\u2013\u2014]?\\s*"
            + "(?:\\d{1,4}|(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))\\s*[-\u2013\u2014]?"
            + "(?:\\s*(?i:of|/)\\s*\\d{1,4})?$");

    private PdfFurniture() {}

    /** The indexes (in {@code lines}) of the lines that are furniture. */
    static BitSet of(List<PdfLine> lines) {
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        Set<Integer> pages = new HashSet<>();
        List<String> keys = new ArrayList<>(lines.size());
        for (PdfLine line : lines) {
            pages.add(line.page());
            String key = inBand(line) ? key(line.text()) : null;
            keys.add(key);
            if (key != null) {
                pagesOf.computeIfAbsent(key, k -> new HashSet<>()).add(line.page());
            }
        }
        BitSet furniture = new BitSet(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String key = keys.get(i);
            if (key == null) {
                continue;
            }
            int on = pagesOf.get(key).size();
            if (on >= MIN_PAGES && on * 2 >= pages.size()
                    || PAGE_NUMBER.matcher(lines.get(i).text()).matches()) {
                furniture.set(i);
            }
        }
        return furniture;
    }

    private static boolean inBand(PdfLine line) {
        double band = line.pageHeight() * BAND;
        return line.y() <= band || line.y() >= line.pageHeight() - band;
    }

    /** The line as it repeats from page to page: digits (page numbers, dates) and case aside. */
    private static String key(String text) {
        return text.replaceAll("\\d", "#").toLowerCase(Locale.ROOT);
    }
}
