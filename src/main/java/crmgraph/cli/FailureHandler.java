package crmgraph.cli;

import crmgraph.BadInputException;
import crmgraph.InternalFaultException;
import picocli.CommandLine;

/**
 * Prints a failure as one line on stderr and exits 1: bad input as its message, an internal fault
 * with the cause's one line too; a stack trace only for real bugs.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof BadInputException) {
            cmd.getErr().println("crmgraph: " + e.getMessage());
        } else if (e instanceof InternalFaultException) {
            cmd.getErr()
                    .println("crmgraph: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
        } else {
            cmd.getErr().println("crmgraph: unexpected error: " + e);
            e.printStackTrace(cmd.getErr());
        }
        return 1;
    }
}
