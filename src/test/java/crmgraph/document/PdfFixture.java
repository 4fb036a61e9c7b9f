package crmgraph.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes small PDFs for the tests with PDFBox and the standard Helvetica faces: pages of lines at
 * given sizes and places, running headers and footers with page numbers, a password-protected file,
 * a page holding only an image, and bytes that are no PDF or a PDF cut short.
 */
final class PdfFixture {

    /** US Letter, portrait. */
    static final PDRectangle NOTES = PDRectangle.LETTER;
    /** A 4:3 slide, landscape. */
    static final PDRectangle SLIDE = new PDRectangle(720, 540);

    static final float LEFT = 72;

    enum Face {
        REGULAR,
        BOLD
    }

    /** A line of text: its baseline {@code y} measured from the page's top. */
    private record Run(float x, float y, float size, Face face, String text) {}

    /** One page: lines are written top-down from a cursor, or placed where asked. */
    static final class Page {
        private final PDRectangle box;
        private final List<Run> runs = new ArrayList<>();
        private float cursor = LEFT;

        private Page(PDRectangle box) {
            this.box = box;
        }

        /** A line in the regular face at the left margin, one line (1.2 × size) below the last. */
        Page line(float size, String text) {
            return line(LEFT, size, Face.REGULAR, text);
        }

        Page bold(float size, String text) {
            return line(LEFT, size, Face.BOLD, text);
        }

        Page line(float x, float size, Face face, String text) {
            float baseline = cursor + size;
            runs.add(new Run(x, baseline, size, face, text));
            cursor = baseline + 0.2f * size;
            return this;
        }

        /** A list item: its marker at {@code markerX}, its text a tab (14 pt) to the right, as word processors set them. */
        Page item(float markerX, float size, String marker, String text) {
            float baseline = cursor + size;
            runs.add(new Run(markerX, baseline, size, Face.REGULAR, marker));
            runs.add(new Run(markerX + 14, baseline, size, Face.REGULAR, text));
            cursor = baseline + 0.2f * size;
            return this;
        }

        /** Extra space before the next line, as between paragraphs. */
        Page gap(float points) {
            cursor += points;
            return this;
        }

        /** A line whose baseline stands {@code y} points from the top of the page. */
        Page at(float x, float y, float size, Face face, String text) {
            runs.add(new Run(x, y, size, face, text));
            return this;
        }
    }

    private final List<Page> pages = new ArrayList<>();
    private String header;
    private String footer;

    Page page() {
        return page(NOTES);
    }

    Page page(PDRectangle box) {
        Page page = new Page(box);
        pages.add(page);
        return page;
    }

    /**
     * A running header on every page and a footer whose {@code %d}s are the page number and the
     * page count ("Page %d of %d"), both in 9 pt.
     */
    PdfFixture furniture(String header, String footer) {
        this.header = header;
        this.footer = footer;
        return this;
    }

    byte[] bytes() {
        try (PDDocument document = document()) {
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF, encrypted so that it opens only with {@code password}. */
    byte[] bytesWithPassword(String password) {
        try (PDDocument document = document()) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy(password + "-owner", password, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of one page holding a picture and no text at all, as a scanned page is. */
    static byte[] imageOnly() {
        return withImagePage(new PDDocument());
    }

    /** The PDF with a page of one picture and no text added at its end. */
    static byte[] appendImagePage(byte[] pdf) {
        try {
            return withImagePage(org.apache.pdfbox.Loader.loadPDF(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] withImagePage(PDDocument pdf) {
        try (PDDocument document = pdf) {
            PDPage page = new PDPage(NOTES);
            document.addPage(page);
            drawPicture(document, page);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of {@code count} empty pages. */
    static byte[] blankPages(int count) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < count; i++) {
                document.addPage(new PDPage(NOTES));
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drawPicture(PDDocument document, PDPage page) throws IOException {
        BufferedImage picture = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 40, 40);
        g.setColor(Color.BLACK);
        g.drawLine(5, 20, 35, 20);
        g.dispose();
        PDImageXObject image = LosslessFactory.createFromImage(document, picture);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(image, 100, 400, 300, 300);
        }
    }

    static byte[] notAPdf() {
        return "Churn: the share of customers lost in a period\n".getBytes(StandardCharsets.UTF_8);
    }

    /** The first bytes of a PDF only, as a download that broke off. */
    static byte[] truncated(byte[] pdf) {
        return Arrays.copyOf(pdf, Math.min(pdf.length, 20));
    }

    private PDDocument document() throws IOException {
        PDDocument document = new PDDocument();
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        for (int i = 0; i < pages.size(); i++) {
            Page spec = pages.get(i);
            PDPage page = new PDPage(spec.box);
            document.addPage(page);
            List<Run> runs = new ArrayList<>(spec.runs);
            if (header != null) {
                runs.add(new Run(LEFT, 40, 9, Face.REGULAR, header));
            }
            if (footer != null) {
                runs.add(new Run(
                        LEFT, spec.box.getHeight() - 30, 9, Face.REGULAR, String.format(footer, i + 1, pages.size())));
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (Run run : runs) {
                    content.beginText();
                    content.setFont(run.face() == Face.BOLD ? bold : regular, run.size());
                    content.newLineAtOffset(run.x(), spec.box.getHeight() - run.y());
                    content.showText(run.text());
                    content.endText();
                }
            }
        }
        return document;
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
