package crmgraph.document;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text lines of a PDF with their geometry. PDFBox's stripper sorts glyphs by position and cuts
 * them into lines and words; each word arrives here with its glyphs, and each line is summed up as
 * a {@link PdfLine} (where it starts, how large and how bold it is).
 */
final class PdfLines extends PDFTextStripper {

    /** Font weight from which a face counts as bold (600 is semibold). */
    private static final float BOLD_WEIGHT = 600;
    /** Share of a line's characters that must be bold for the line to be bold. */
    private static final double BOLD_SHARE = 0.9;

    private final List<PdfLine> lines = new ArrayList<>();
    private final List<Glyph> pending = new ArrayList<>();
    private final StringBuilder pendingText = new StringBuilder();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private int lineOnPage;
    private float pageHeight;

    /** A glyph of the line being collected; {@code spaceBefore} when a word starts with it. */
    private record Glyph(float x, float end, float y, float size, boolean bold, String text, boolean spaceBefore) {}

    private PdfLines() {
        setSortByPosition(true);
    }

    /** Every text line of the document, page by page, in reading order. */
    static List<PdfLine> of(PDDocument document) throws IOException {
        PdfLines stripper = new PdfLines();
        stripper.writeText(document, Writer.nullWriter());
        return stripper.lines;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        lineOnPage = 0;
        super.startPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (!pendingText.isEmpty()) {
            pendingText.append(' ');
        }
        pendingText.append(text);
        boolean wordStart = true;
        for (TextPosition p : positions) {
            if (p.getUnicode() == null || p.getUnicode().isBlank()) {
                wordStart = true;
                continue;
            }
            // A font set at size 1 and scaled by the text matrix still has its size in points; a glyph without one, its
            // height.
            float size = p.getFontSizeInPt() >= 1 ? p.getFontSizeInPt() : Math.max(1, p.getHeightDir());
            pending.add(new Glyph(
                    p.getXDirAdj(),
                    p.getXDirAdj() + p.getWidthDirAdj(),
                    p.getYDirAdj(),
                    size,
                    bold(p.getFont()),
                    p.getUnicode(),
                    wordStart));
            wordStart = false;
            pageHeight = p.getPageHeight();
        }
    }

    @Override
    protected void writeLineSeparator() {
        flush();
    }

    @Override
    protected void writeParagraphEnd() {
        flush();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        flush();
        super.endPage(page);
    }

    private void flush() {
        String text = pendingText
                .toString()
                .replace('\u00A0', ' ')
                .replaceAll("\\s+", " ")
                .strip();
        if (!pending.isEmpty() && !text.isEmpty()) {
            lines.add(line(text));
        }
        pending.clear();
        pendingText.setLength(0);
    }

    private PdfLine line(String text) {
        Glyph first = pending.get(0);
        float right = first.end();
        Map<Float, Integer> sizes = new HashMap<>();
        int bold = 0;
        int chars = 0;
        for (Glyph g : pending) {
            right = Math.max(right, g.end());
            int n = g.text().length();
            sizes.merge(Math.round(g.size() * 2) / 2f, n, Integer::sum);
            chars += n;
            bold += g.bold() ? n : 0;
        }
        float size = sizes.entrySet().stream()
                .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
        int marker = PdfMarker.parse(text).map(PdfMarker::glyphs).orElse(0);
        int start = Math.min(marker, pending.size() - 1);
        int end = start;
        while (end + 1 < pending.size() && !pending.get(end + 1).spaceBefore()) {
            end++;
        }
        Glyph textStart = pending.get(start);
        float firstWord = pending.get(end).end() - textStart.x();
        return new PdfLine(
                getCurrentPageNo(),
                ++lineOnPage,
                first.y(),
                first.x(),
                textStart.x(),
                right,
                firstWord,
                size,
                bold >= chars * BOLD_SHARE,
                pageHeight,
                text);
    }

    private boolean bold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, f -> {
            String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
            PDFontDescriptor descriptor = f.getFontDescriptor();
            return name.contains("bold")
                    || name.contains("black")
                    || name.contains("heavy")
                    || descriptor != null && (descriptor.getFontWeight() >= BOLD_WEIGHT || descriptor.isForceBold());
        });
    }
}
