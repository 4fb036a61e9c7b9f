package crmgraph.web;

import com.fasterxml.jackson.core.JacksonException;
import crmgraph.BadInputException;
import crmgraph.InternalFaultException;
import crmgraph.quiz.QuizService;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors become {@code {"error": …}} under /api and an error page elsewhere, with a 4xx/5xx
 * status. Only messages written for users are shown; no stack trace, driver message or file
 * path ever reaches a client (unexpected failures are logged on the server instead).
 */
public final class ErrorHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);
    /** A file path (absolute, drive-lettered or ./ ../ relative); group 1 is its last part. */
    private static final Pattern FOLDERS =
            Pattern.compile("(?<![\\w.-])(?:[A-Za-z]:|\\.{1,2})?[\\\\/](?:[^\\s\\\\/:'\"]+[\\\\/])*([^\\s\\\\/:'\"]+)");

    private static final String INTERNAL = "internal error: the server log has the details";
    private static final String TOO_LARGE =
            "the request is too large: texts may be at most " + ImportHandlers.megabytes(ImportHandlers.MAX_BYTES)
                    + ", documents " + ImportHandlers.megabytes(ImportHandlers.MAX_DOCUMENT_BYTES);

    private final Views views;

    public ErrorHandlers(Views views) {
        this.views = views;
    }

    /** A user-facing sentence at its status (400, 404, 413), with any folder part of a file path cut off (clients see file names only). */
    public void badInput(BadInputException e, Context ctx) {
        respond(ctx, e.status(), withoutFolders(e.getMessage()));
    }

    /** crmgraph's own failure: logged with its cause, and the client told only that it happened. */
    public void fault(InternalFaultException e, Context ctx) {
        LOG.error("request {} failed: {}", ctx.path(), e.getMessage(), e);
        respond(ctx, 500, INTERNAL);
    }

    static String withoutFolders(String message) {
        return message == null ? "bad request" : FOLDERS.matcher(message).replaceAll("$1");
    }

    /**
     * Javalin's own refusals (body too large, method not allowed, bad request): their status,
     * with a sentence of ours (Javalin's messages may name classes or limits in its own terms).
     */
    public void httpError(HttpResponseException e, Context ctx) {
        int status = e.getStatus() >= 400 && e.getStatus() < 600 ? e.getStatus() : 400;
        String message = switch (status) {
            case 413 -> TOO_LARGE;
            case 405 -> "this address does not accept " + ctx.method() + " requests";
            case 404 -> "no page at " + ctx.path();
            case 401, 403 -> "not allowed";
            default -> "bad request";
        };
        respond(ctx, status, message);
    }

    /** A typed parameter or body that did not convert (e.g. {@code limit=abc}): 400 naming the parameter. */
    public void invalid(ValidationException e, Context ctx) {
        String names = e.getErrors().keySet().stream()
                .map(k -> k.equals("REQUEST_BODY") ? "the request body" : k)
                .collect(Collectors.joining(", "));
        respond(ctx, 400, "invalid value for " + (names.isEmpty() ? "a parameter" : names));
    }

    /** A JSON body that does not parse or does not have the expected shape (Jackson's message names classes). */
    public void badJson(JacksonException e, Context ctx) {
        respond(ctx, 400, "the request body is not JSON of the expected shape");
    }

    public void unexpected(Exception e, Context ctx) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadMessageException bad) {
                respond(
                        ctx,
                        bad.getCode() >= 400 && bad.getCode() < 500 ? bad.getCode() : 400,
                        bad.getCode() == 413 ? TOO_LARGE : "bad request: the request could not be read");
                return;
            }
        }
        LOG.error("request {} failed", ctx.path(), e);
        respond(ctx, 500, INTERNAL);
    }

    /**
     * Javalin's 404 for paths no route matches (its default answer is plain text). A handler that
     * answered 404 itself, with JSON or a page, keeps its answer.
     */
    public void noRoute(Context ctx) {
        String type = ctx.res().getContentType();
        if (type == null || !(type.startsWith("application/json") || type.startsWith("text/html"))) {
            respond(ctx, 404, "no page at " + ctx.path());
        }
    }

    /**
     * Quiz items not generated yet (the first minutes after a large graph's server started): 503
     * with Retry-After; a page also reloads itself then (the Refresh header needs no script).
     */
    public void quizNotReady(QuizService.NotReady e, Context ctx) {
        String seconds = String.valueOf(QuizService.NotReady.RETRY_SECONDS);
        ctx.header("Retry-After", seconds);
        if (!ctx.path().startsWith("/api/")) {
            ctx.header("Refresh", seconds);
        }
        respond(ctx, 503, e.getMessage());
    }

    private void respond(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(Map.of("error", message));
        } else {
            ctx.html(views.render("error.jte", new ErrorPage(status, message)));
        }
    }

    /** Model of the error page. */
    public record ErrorPage(int status, String message) {}
}
