package crmgraph.web;

import com.fasterxml.jackson.core.JacksonException;
import crmgraph.BadInputException;
import io.javalin.http.Context;

/** A JSON request body read through Javalin's mapper, with one sentence for every body it cannot take. */
final class JsonBody {

    private JsonBody() {}

    /**
     * The body as {@code type}; anything else (empty, null, malformed, wrong shape) is the client's
     * error, answered with the {@code shape} expected rather than Jackson's message (it names classes).
     */
    static <T> T of(Context ctx, Class<T> type, String shape) {
        try {
            return ctx.bodyAsClass(type);
        } catch (Exception e) {
            // Javalin's mapper is Kotlin: it throws Jackson's checked exceptions undeclared, and a body
            // of JSON null fails its not-null check with a NullPointerException.
            if (e instanceof JacksonException || e instanceof NullPointerException) {
                throw new BadInputException("the body must be JSON like " + shape);
            }
            throw e;
        }
    }
}
