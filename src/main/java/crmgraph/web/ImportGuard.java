package crmgraph.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * Every guard of the requests that write to the graph from the browser, in one place: Javalin runs
 * {@link #check} before the handlers of {@code POST /import/preview}, {@code POST /import} and
 * {@code POST /decks/{id}/confirm}, and a refused request never reaches them. Imports pass the rate
 * limit per client (429 with Retry-After), the request size (413) and the {@link ImportGate} (401
 * without the token, 403 from another machine or site), each answered with the import page;
 * confirming a card's reading passes the gate only (a student confirms card after card), answered
 * with the error page.
 */
public final class ImportGuard {

    /** The route of confirming a card's reading, as the route table names it. */
    public static final String CONFIRM_PATH = "/decks/{id}/confirm";

    private final Views views;
    private final ImportGate gate;
    private final ImportRateLimit limit;

    public ImportGuard(Views views, ImportGate gate) {
        this(views, gate, ImportRateLimit.standard());
    }

    public ImportGuard(Views views, ImportGate gate, ImportRateLimit limit) {
        this.views = views;
        this.gate = gate;
        this.limit = limit;
    }

    /** The {@code beforeMatched} handler: answers and ends a request that may not go on. */
    public void check(Context ctx) {
        if (ctx.method() != HandlerType.POST) {
            return; // GET /import is the form, which says itself who may import
        }
        boolean refused = CONFIRM_PATH.equals(ctx.endpoint().path) ? refusedConfirm(ctx) : refusedImport(ctx);
        if (refused) {
            ctx.skipRemainingHandlers();
        }
    }

    private boolean refusedImport(Context ctx) {
        if (!limit.tryAcquire(ctx.ip())) {
            long wait = Math.max(1, limit.secondsUntilNext(ctx.ip()));
            ctx.header("Retry-After", String.valueOf(wait));
            importPage(
                    ctx, 429, gate.formAccess(ctx), "too many imports from your address: try again in " + wait + " s");
            return true;
        }
        if (ctx.contentLength() > ImportHandlers.MAX_REQUEST_BYTES) {
            importPage(
                    ctx,
                    413,
                    gate.formAccess(ctx),
                    "the file is larger than " + ImportHandlers.megabytes(ImportHandlers.MAX_DOCUMENT_BYTES));
            return true;
        }
        ImportGate.Access access = gate.check(ctx);
        if (!access.allowed()) {
            importPage(ctx, status(access), access, "");
            return true;
        }
        return false;
    }

    private boolean refusedConfirm(Context ctx) {
        ImportGate.Access access = gate.check(ctx);
        if (access.allowed()) {
            return false;
        }
        String why = access instanceof ImportGate.NeedsToken t ? t.message() : ((ImportGate.Refused) access).message();
        ctx.status(status(access))
                .html(views.render(
                        "error.jte",
                        new ErrorHandlers.ErrorPage(
                                status(access), "confirming cards is for whoever may import: " + why)));
        return true;
    }

    private void importPage(Context ctx, int status, ImportGate.Access access, String error) {
        ctx.status(status)
                .html(views.render("import.jte", new Pages.Import(access, gate.tokenRequired(), error, "", "")));
    }

    private static int status(ImportGate.Access access) {
        return access instanceof ImportGate.NeedsToken ? 401 : 403;
    }
}
