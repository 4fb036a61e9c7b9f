package crmgraph.document;

import crmgraph.BadInputException;
import crmgraph.CrmgraphException;
import crmgraph.read.SourceMap;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A Word document (.docx) opened as Markdown notes ({@link WordMarkdown}), one deck for the whole
 * file, each line mapped to the body paragraph or table row it came from. Old .doc files,
 * password-protected documents and files that are not Word are refused with a message saying what
 * to do ({@link WordFile}).
 */
final class WordNotes implements DocumentOpener {

    @Override
    public List<OpenedText> open(String fileName, byte[] bytes) {
        WordMarkdown.Notes notes;
        try (XWPFDocument doc = WordFile.open(fileName, bytes)) {
            notes = WordMarkdown.of(doc);
        } catch (IOException | RuntimeException e) {
            if (e instanceof CrmgraphException c) {
                throw c;
            }
            // Opened, but its XML holds values POI cannot take (a number out of range, a broken part).
            throw new BadInputException(fileName + ": not a Word document (.docx) (its XML is damaged)", e);
        }
        if (notes.lines().isEmpty()) {
            throw new BadInputException(
                    fileName
                            + ": the Word document holds no text (only empty paragraphs, pictures or forms): nothing to import");
        }
        return List.of(new OpenedText(
                "", String.join("\n", notes.lines()), new SourceMap(notes.positions()), "docx", notes.warnings()));
    }
}
