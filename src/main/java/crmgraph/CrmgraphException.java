package crmgraph;

/**
 * The one unchecked exception of crmgraph: its message is a complete, user-facing sentence
 * (naming the file and line where input is to blame) that the CLI prints as is and the web
 * layer returns as {@code {"error": …}}.
 */
public class CrmgraphException extends RuntimeException {

    public CrmgraphException(String message) {
        super(message);
    }

    public CrmgraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
