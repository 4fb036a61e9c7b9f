package crmgraph;

/**
 * crmgraph's unchecked exceptions, a family of two: {@link BadInputException} (the message is a
 * complete, user-facing sentence naming the file and line where input is to blame: the CLI prints
 * it, the web answers it with a 4xx) and {@link InternalFaultException} (crmgraph or its
 * environment failed: logged with its cause, a client sees only a generic 500).
 */
public abstract sealed class CrmgraphException extends RuntimeException
        permits BadInputException, InternalFaultException {

    protected CrmgraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
