package crmgraph.document;

import crmgraph.BadInputException;
import crmgraph.CrmgraphException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Opens a file's bytes as a Word document (.docx), or says in the student's words what the file is
 * instead: an old binary .doc, a password-protected .docx (both OLE2 containers), or not Word at
 * all. POI's zip-bomb limits ({@code ZipSecureFile}) stay at their defaults; what they refuse is
 * reported like any other damaged file.
 */
final class WordFile {

    /** The OLE2 stream holding an old binary Word document's text. */
    private static final String OLD_WORD_STREAM = "WordDocument";

    private WordFile() {}

    static XWPFDocument open(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw notWord(fileName, "the file is empty", null);
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            throw oldOfficeFile(fileName, bytes);
        }
        if (magic != FileMagic.OOXML) {
            throw notWord(
                    fileName,
                    magic == FileMagic.UNKNOWN
                            ? "not a zip archive"
                            : "it is a file of another kind (" + magic.name().toLowerCase(java.util.Locale.ROOT) + ")",
                    null);
        }
        try (ZipFile zip = ZipFile.builder().setByteArray(bytes).get()) {
            // Only to know the zip is whole: POI reads the stream entry by entry and takes a cut-off archive for one
            // without its parts.
        } catch (IOException e) {
            throw notWord(fileName, "the zip archive is damaged or cut short", e);
        }
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            // POI's zip-bomb guard throws a plain IOException; its message is the only thing telling it apart.
            boolean bomb = String.valueOf(e.getMessage()).contains("Zip bomb");
            throw notWord(
                    fileName,
                    bomb
                            ? "it unpacks to far more than its size, as a zip bomb does"
                            : "the zip archive is damaged or cut short",
                    e);
        } catch (RuntimeException e) {
            // POIXMLException, NotOfficeXmlFileException, XmlException wrapped: an archive without a readable Word
            // part.
            throw notWord(fileName, "word/document.xml is missing or damaged", e);
        }
    }

    /** An OLE2 container: a .docx sealed with a password, an old .doc, or an old file of another Office program. */
    private static CrmgraphException oldOfficeFile(String fileName, byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
                return new BadInputException(fileName
                        + ": the Word document is protected by a password; remove the password and import it again");
            }
            if (root.hasEntry(OLD_WORD_STREAM)) {
                return new BadInputException(
                        fileName + ": an old Word .doc file; save it as .docx and import it again");
            }
            return notWord(fileName, "an old Office file of another program", null);
        } catch (IOException | RuntimeException e) {
            return notWord(fileName, "a damaged old Office file", e);
        }
    }

    private static CrmgraphException notWord(String fileName, String cause, Exception e) {
        return new BadInputException(fileName + ": not a Word document (.docx) (" + cause + ")", e);
    }
}
