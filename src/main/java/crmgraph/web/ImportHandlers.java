package crmgraph.web;

import crmgraph.BadInputException;
import crmgraph.document.Documents;
import crmgraph.pipeline.ImportReport;
import crmgraph.pipeline.Importer;
import crmgraph.pipeline.Importer.SourceText;
import crmgraph.pipeline.ReadChoice;
import crmgraph.read.ReadDeck;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Import from the browser in two steps: preview (detected format, layout, cards, the cards that may
 * be misread, dropped lines) and confirm. A preview can be read again with another layout, number
 * of lines to skip or separators of an export, from the text kept with it. Every step has passed the
 * {@link ImportGuard} (rate limit, request size, {@link ImportGate}) before it gets here; the confirm step imports the exact text that was previewed, read as it was previewed, through the
 * same {@link Importer} as the command line (which remembers the reading with the deck).
 */
public final class ImportHandlers {

    /** Largest pasted text or uploaded text file accepted. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Largest uploaded document (Anki package, PDF, Word) accepted: the command line's limit. */
    public static final int MAX_DOCUMENT_BYTES = (int) Importer.MAX_FILE_BYTES;
    /** Largest request body: the largest file plus room for the other form fields. */
    public static final int MAX_REQUEST_BYTES = MAX_DOCUMENT_BYTES + 1024 * 1024;

    private static final int PREVIEW_CARDS = 200;
    private static final String DEFAULT_NAME = "pasted.txt";
    /** What the {@link ImportGuard} found for every request that reaches the preview and confirm steps. */
    private static final ImportGate.Access LET_THROUGH = new ImportGate.Open();

    private final Views views;
    private final ImportGate gate;
    private final PendingImports pending;
    private final Importer importer;
    /** One web import at a time: the importer resolves against the graph as it stands. */
    private final Object importing = new Object();

    /** {@code gate}: whom the form is offered to, and whether it asks for the token. */
    public ImportHandlers(Views views, ImportGate gate, PendingImports pending, Importer importer) {
        this.views = views;
        this.gate = gate;
        this.pending = pending;
        this.importer = importer;
    }

    public void form(Context ctx) {
        ImportGate.Access access = gate.formAccess(ctx);
        ctx.status(access.allowed() ? 200 : 403);
        ctx.html(views.render("import.jte", new Pages.Import(access, gate.tokenRequired(), "", "", "")));
    }

    public void preview(Context ctx) {
        if (ctx.formParam("pending") != null) {
            previewAgain(ctx);
            return;
        }
        String pasted = Optional.ofNullable(ctx.formParam("text")).orElse("");
        String name = fileName(ctx.formParam("name"), DEFAULT_NAME);
        try {
            List<SourceText> decks = decks(ctx, pasted, name);
            // Read as the deck of that name was last imported: the preview shows what confirming would do.
            ReadDeck deck = importer.preview(decks.get(0), ReadChoice.NONE);
            showPreview(ctx, pending.put(decks), decks, deck);
        } catch (BadInputException e) {
            if (e.status() == 413) {
                tooLarge(ctx, e.getMessage());
                return;
            }
            ctx.status(400)
                    .html(views.render(
                            "import.jte",
                            new Pages.Import(LET_THROUGH, gate.tokenRequired(), e.getMessage(), pasted, name)));
        }
    }

    /** The text of an earlier preview, read again with the layout, lines to skip and separators the student chose. */
    private void previewAgain(Context ctx) {
        String id = ctx.formParam("pending");
        Optional<List<SourceText>> decks = pending.get(id);
        if (decks.isEmpty()) {
            expired(ctx);
            return;
        }
        ReadDeck deck = importer.preview(decks.get().get(0), Params.readChoice(ctx));
        showPreview(ctx, id, decks.get(), deck);
    }

    /** The first deck's reading; a package's other decks are named, and imported with it, read the same way. */
    private void showPreview(Context ctx, String id, List<SourceText> decks, ReadDeck deck) {
        List<String> others =
                decks.subList(1, decks.size()).stream().map(SourceText::part).toList();
        ctx.html(views.render(
                "import-preview.jte",
                new Pages.ImportPreview(id, decks.get(0).label(), deck, PREVIEW_CARDS, gate.tokenRequired(), others)));
    }

    private void expired(Context ctx) {
        ctx.status(400)
                .html(views.render(
                        "import.jte",
                        new Pages.Import(
                                LET_THROUGH,
                                gate.tokenRequired(),
                                "that preview has expired or was already imported: preview the text again",
                                "",
                                "")));
    }

    public void confirm(Context ctx) {
        // The preview's form sends the reading it showed; a script that sends none gets the deck's remembered one.
        ReadChoice choice = Params.readChoice(ctx);
        Optional<List<SourceText>> decks = pending.take(ctx.formParam("pending"));
        if (decks.isEmpty()) {
            expired(ctx);
            return;
        }
        ImportReport report;
        synchronized (importing) {
            report = importer.importTexts(decks.get(), choice);
        }
        ctx.status(report.failed() ? 400 : 200).html(views.render("import-done.jte", new Pages.ImportDone(report)));
    }

    private void tooLarge(Context ctx, String message) {
        ctx.status(413)
                .html(views.render(
                        "import.jte", new Pages.Import(gate.formAccess(ctx), gate.tokenRequired(), message, "", "")));
    }

    /**
     * The decks of the uploaded file when one was chosen (several for an Anki package), else of the
     * pasted text; text at most {@link #MAX_BYTES}, a document at most {@link #MAX_DOCUMENT_BYTES}.
     */
    private static List<SourceText> decks(Context ctx, String pasted, String name) {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
        if (file != null && file.size() > 0) {
            String uploadName = fileName(file.filename(), "upload.txt");
            int limit = Documents.isDocument(uploadName) ? MAX_DOCUMENT_BYTES : MAX_BYTES;
            if (file.size() > limit) {
                throw BadInputException.tooLarge(uploadName + ": the file is larger than " + megabytes(limit));
            }
            try (InputStream in = file.content()) {
                return SourceText.open(uploadName, in.readNBytes(limit + 1));
            } catch (IOException e) {
                throw new BadInputException(uploadName + ": the upload could not be read");
            }
        }
        byte[] bytes = pasted.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES) {
            throw BadInputException.tooLarge(name + ": the pasted text is larger than " + megabytes(MAX_BYTES));
        }
        if (pasted.isBlank()) {
            throw new BadInputException("paste some text or choose a file to import");
        }
        if (Documents.isDocument(name)) {
            throw new BadInputException(
                    name + ": pasted text cannot be a PDF, Word document or Anki package; choose the file instead");
        }
        return List.of(SourceText.of(name, bytes));
    }

    /** A limit as the pages say it: "5 MB". */
    static String megabytes(int bytes) {
        return bytes / (1024 * 1024) + " MB";
    }

    /** A bare file name: no folders, no control characters, a readable length. */
    static String fileName(String given, String fallback) {
        if (given == null) {
            return fallback;
        }
        String name = given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.length() > 120) {
            name = name.substring(name.length() - 120);
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? fallback : name;
    }
}
