package crmgraph.cli;

import crmgraph.CrmgraphException;
import picocli.CommandLine;

/** Prints a failure as one line on stderr and exits 1; a stack trace only for real bugs. */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof CrmgraphException) {
            cmd.getErr().println("crmgraph: " + e.getMessage());
        } else {
            cmd.getErr().println("crmgraph: unexpected error: " + e);
            e.printStackTrace(cmd.getErr());
        }
        return 1;
    }
}
