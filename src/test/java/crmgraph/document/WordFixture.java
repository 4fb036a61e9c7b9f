package crmgraph.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Builds Word documents for tests with POI, the way Word writes them: heading styles by id alone
 * (POI's blank document defines no styles) or with real style definitions, bullet and decimal
 * numbering, bold lines, tables; and the files that are not a readable .docx (encrypted, old
 * .doc, random bytes, cut short).
 */
final class WordFixture {

    private final XWPFDocument doc = new XWPFDocument();
    private BigInteger bullets;
    private BigInteger numbers;

    static WordFixture document() {
        return new WordFixture();
    }

    /** Defines "heading 1" to "heading 3" under the ids {@code idPrefix + N} (Word's "Heading1", a Dutch Word's "Kop1"). */
    WordFixture headingStyles(String idPrefix) {
        for (int level = 1; level <= 3; level++) {
            style(idPrefix + level, "heading " + level, null);
        }
        return this;
    }

    /** Defines a style of the author's own that Word's outline knows at a level (0 = top). */
    WordFixture outlineStyle(String id, int outlineLevel) {
        style(id, id, outlineLevel);
        return this;
    }

    WordFixture styled(String styleId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styleId);
        lines(p, text, false);
        return this;
    }

    WordFixture title(String text) {
        return styled("Title", text);
    }

    WordFixture heading(int level, String text) {
        return styled("Heading" + level, text);
    }

    /** A paragraph of plain runs; "\n" in the text is a line break ({@code w:br}), "\t" a tab. */
    WordFixture paragraph(String text) {
        lines(doc.createParagraph(), text, false);
        return this;
    }

    WordFixture bold(String text) {
        lines(doc.createParagraph(), text, true);
        return this;
    }

    /** A paragraph starting with a bold run: "Churn" bold, then ": customers lost…". */
    WordFixture boldLead(String lead, String rest) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.setBold(true);
        run.setText(lead);
        p.createRun().setText(rest);
        return this;
    }

    /** A paragraph holding only a picture (a chart pasted in, say). */
    WordFixture picture() {
        try {
            BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            doc.createParagraph()
                    .createRun()
                    .addPicture(
                            new ByteArrayInputStream(png.toByteArray()),
                            Document.PICTURE_TYPE_PNG,
                            "churn-chart.png",
                            Units.toEMU(40),
                            Units.toEMU(40));
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    WordFixture empty() {
        doc.createParagraph();
        return this;
    }

    /** A paragraph with an outline level of its own (0 = top), in no style. */
    WordFixture outlined(int outlineLevel, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        lines(p, text, false);
        return this;
    }

    WordFixture bullet(int level, String text) {
        if (bullets == null) {
            bullets = numbering(STNumberFormat.BULLET);
        }
        return listItem(bullets, level, text);
    }

    WordFixture numbered(int level, String text) {
        if (numbers == null) {
            numbers = numbering(STNumberFormat.DECIMAL);
        }
        return listItem(numbers, level, text);
    }

    /** A table; with {@code boldFirstRow} its first row is all bold, as a header row usually is. */
    WordFixture table(boolean boldFirstRow, String[]... rows) {
        XWPFTable table = doc.createTable(rows.length, rows[0].length);
        for (int r = 0; r < rows.length; r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
                String[] paragraphs = rows[r][c].split("\n\n");
                lines(p, paragraphs[0], boldFirstRow && r == 0);
                for (int k = 1; k < paragraphs.length; k++) {
                    lines(row.getCell(c).addParagraph(), paragraphs[k], boldFirstRow && r == 0);
                }
            }
        }
        return this;
    }

    byte[] bytes() {
        try (doc;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx sealed with a password (agile encryption, as Word 2010 and later write it): an OLE2 file. */
    static byte[] encrypted(byte[] docx) {
        try (POIFSFileSystem fs = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("loyalty-ladder");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(docx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An OLE2 file with the stream an old binary Word document keeps its text in. */
    static byte[] oldWordDoc() {
        return ole2("WordDocument");
    }

    /** An OLE2 file with nothing in it: an old Office file, but not Word's. */
    static byte[] emptyOle2() {
        return ole2(null);
    }

    static byte[] randomBytes() {
        byte[] bytes = new byte[2048];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    static byte[] truncated(byte[] docx) {
        return Arrays.copyOf(docx, docx.length / 2);
    }

    /** The document's zip with word/document.xml left out. */
    static byte[] withoutDocumentPart(byte[] docx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.getName().equals("word/document.xml")) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The document with word/document.xml padded by megabytes of spaces that pack into a few kilobytes: a zip bomb. */
    static byte[] zipBomb(byte[] docx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(zip);
                if (e.getName().equals("word/document.xml")) {
                    zip.write(" ".repeat(8 << 20).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] ole2(String stream) {
        try (POIFSFileSystem fs = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (stream != null) {
                fs.createDocument(new ByteArrayInputStream(new byte[64]), stream);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WordFixture listItem(BigInteger numId, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        lines(p, text, false);
        return this;
    }

    /** A numbering of two levels in one format, as Word's bullet and number buttons make. */
    private BigInteger numbering(STNumberFormat.Enum format) {
        XWPFNumbering numbering = doc.createNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        BigInteger id = BigInteger.valueOf(format == STNumberFormat.BULLET ? 1 : 2);
        abstractNum.setAbstractNumId(id);
        for (int level = 0; level < 2; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(format);
            lvl.addNewLvlText().setVal(format == STNumberFormat.BULLET ? "\u2022" : "%" + (level + 1) + ".");
        }
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }

    private void style(String id, String name, Integer outlineLevel) {
        XWPFStyles styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (outlineLevel != null) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        styles.addStyle(new XWPFStyle(style, styles));
    }

    /** Runs for each line of the text, with breaks between lines and tabs where the text has them. */
    private static void lines(XWPFParagraph p, String text, boolean bold) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String[] cells = lines[i].split("\t", -1);
            for (int k = 0; k < cells.length; k++) {
                XWPFRun run = p.createRun();
                run.setBold(bold);
                if (k > 0) {
                    run.addTab();
                }
                run.setText(cells[k]);
            }
            if (i < lines.length - 1) {
                p.createRun().addBreak();
            }
        }
    }
}
