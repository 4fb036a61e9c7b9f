package crmgraph;

/**
 * A fault of crmgraph or of what it runs on, not of the student's input: a query file missing
 * from the jar, a search index that cannot be read, NLP models that do not load, an import
 * interrupted. Logged with its cause; the web answers a generic 500, the CLI exits 1 with the message.
 */
public final class InternalFaultException extends CrmgraphException {

    public InternalFaultException(String message) {
        super(message, null);
    }

    public InternalFaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
