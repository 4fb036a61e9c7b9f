package crmgraph.document;

import crmgraph.BadInputException;
import crmgraph.read.SourceMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * PDF notes and slides, opened with Apache PDFBox into Markdown notes (headings, bullets, numbered
 * items, paragraphs) by the layout of their text: see {@link PdfMarkdown} for the rules and
 * {@link PdfFurniture} for the running headers, footers and page numbers left out. Each line of the
 * notes maps to the page and line it starts from. A PDF's images are not read.
 */
final class PdfNotes implements DocumentOpener {

    /** The most pages read; a longer PDF is more likely a book or a scan than a student's notes. */
    static final int MAX_PAGES = 2_000;
    /** Fewer non-space characters than this in the whole file: there is no text layer to read. */
    private static final int MIN_TEXT_CHARS = 10;
    /** How many pages of images without text the warnings name one by one. */
    private static final int NAMED_IMAGE_PAGES = 3;

    private static final int MAX_CAUSE_CHARS = 120;
    /** How far into the file the "%PDF-" header may stand (some writers put bytes before it). */
    private static final int HEADER_WINDOW = 1024;

    @Override
    public List<OpenedText> open(String fileName, byte[] bytes) {
        try (PDDocument document = load(fileName, bytes)) {
            int pages = document.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new BadInputException(
                        fileName + ": the PDF has " + pages + " pages; crmgraph reads PDFs of at most " + MAX_PAGES
                                + " pages (split it into parts and import each)");
            }
            List<PdfLine> lines = lines(fileName, document);
            if (lines.stream().mapToInt(l -> l.text().replace(" ", "").length()).sum() < MIN_TEXT_CHARS) {
                throw new BadInputException(fileName
                        + ": no text in this PDF; it may be a scan (crmgraph reads a PDF's text, not its images)");
            }
            return List.of(notes(document, lines));
        } catch (IOException closing) {
            throw new BadInputException(fileName + ": not a readable PDF (" + cause(closing) + ")", closing);
        }
    }

    private static PDDocument load(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new BadInputException(fileName + ": not a readable PDF (the file is empty)");
        }
        if (!hasHeader(bytes)) {
            throw new BadInputException(fileName
                    + ": not a readable PDF (it does not start with the %PDF- header; is it another kind of file?)");
        }
        try {
            return Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new BadInputException(
                    fileName + ": the PDF is protected by a password; remove the password and import it again", e);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(fileName + ": not a readable PDF (" + cause(e) + ")", e);
        }
    }

    /** Whether "%PDF-" stands near the start, where PDF readers (PDFBox included) look for it. */
    private static boolean hasHeader(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, HEADER_WINDOW), StandardCharsets.ISO_8859_1);
        return start.contains("%PDF-");
    }

    private static List<PdfLine> lines(String fileName, PDDocument document) {
        try {
            return PdfLines.of(document);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(fileName + ": not a readable PDF (" + cause(e) + ")", e);
        }
    }

    private static OpenedText notes(PDDocument document, List<PdfLine> lines) {
        BitSet furniture = PdfFurniture.of(lines);
        List<PdfLine> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!furniture.get(i)) {
                kept.add(lines.get(i));
            }
        }
        PdfMarkdown.Notes notes = PdfMarkdown.of(kept);
        List<String> warnings = new ArrayList<>();
        if (!furniture.isEmpty()) {
            int first = lines.get(furniture.nextSetBit(0)).page();
            int last = lines.get(furniture.previousSetBit(lines.size() - 1)).page();
            int count = furniture.cardinality();
            warnings.add((first == last ? "page " + first : "pages " + first + "\u2013" + last) + ": " + count
                    + (count == 1 ? " line" : " lines")
                    + " of page furniture (running headers, footers, page numbers) dropped");
        }
        warnings.addAll(imageOnlyPages(document, lines));
        return new OpenedText("", notes.text(), new SourceMap(notes.positions()), "pdf", warnings);
    }

    /** Pages that show images but have no text: what is on them does not make it into the notes. */
    private static List<String> imageOnlyPages(PDDocument document, List<PdfLine> lines) {
        Set<Integer> withText = new HashSet<>();
        lines.forEach(l -> withText.add(l.page()));
        List<Integer> imageOnly = new ArrayList<>();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            if (!withText.contains(number) && hasImage(page)) {
                imageOnly.add(number);
            }
        }
        List<String> warnings = new ArrayList<>();
        imageOnly.stream()
                .limit(NAMED_IMAGE_PAGES)
                .forEach(p -> warnings.add(
                        "page " + p + ": only images, no text (crmgraph reads a PDF's text, not its images)"));
        if (imageOnly.size() > NAMED_IMAGE_PAGES) {
            warnings.add("page " + imageOnly.get(NAMED_IMAGE_PAGES) + ": and " + (imageOnly.size() - NAMED_IMAGE_PAGES)
                    + " more pages with only images, no text");
        }
        return warnings;
    }

    private static boolean hasImage(PDPage page) {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        return StreamSupport.stream(resources.getXObjectNames().spliterator(), false)
                .anyMatch(name -> {
                    try {
                        return resources.isImageXObject(name) || resources.getXObject(name) instanceof PDImageXObject;
                    } catch (IOException | RuntimeException e) {
                        return false;
                    }
                });
    }

    /** The library's reason in short, for the message's parentheses. */
    private static String cause(Exception e) {
        String message = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName()
                : e.getMessage().strip().replaceAll("\\s+", " ");
        return message.length() > MAX_CAUSE_CHARS ? message.substring(0, MAX_CAUSE_CHARS - 1) + "\u2026" : message;
    }
}
