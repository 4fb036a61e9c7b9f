package crmgraph;

/**
 * Input crmgraph cannot use: a file it cannot read, an option or parameter out of range, an id
 * that names nothing. The message is for the user as it stands; {@link #status()} is the HTTP
 * status the web answers with (400, 404 for an unknown id, 413 for too large).
 */
public final class BadInputException extends CrmgraphException {

    private final int status;

    public BadInputException(String message) {
        this(message, null, 400);
    }

    public BadInputException(String message, Throwable cause) {
        this(message, cause, 400);
    }

    private BadInputException(String message, Throwable cause, int status) {
        super(message, cause);
        this.status = status;
    }

    /** An id that names nothing in the graph: 404. */
    public static BadInputException notFound(String message) {
        return new BadInputException(message, null, 404);
    }

    /** A text or file over its size limit: 413. */
    public static BadInputException tooLarge(String message) {
        return new BadInputException(message, null, 413);
    }

    public int status() {
        return status;
    }
}
