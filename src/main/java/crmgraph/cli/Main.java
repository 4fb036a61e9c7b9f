package crmgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar crmgraph.jar COMMAND}: parses arguments and hands over to a command. */
@Command(
        name = "crmgraph",
        mixinStandardHelpOptions = true,
        version = "crmgraph 0.1.0",
        description = "Turns CRM study notes and flashcards into a knowledge graph you can browse and quiz.",
        subcommands = {
            ServeCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            BenchCommand.class,
            ScoreCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        var child = Launcher.relaunch(args);
        if (child.isPresent()) {
            System.exit(child.get());
        }
        Launcher.watchParent();
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code: 0 ok, 1 failure, 2 usage. */
    public static int run(String... args) {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(new FailureHandler())
                .setParameterExceptionHandler(Main::usageError)
                .execute(args);
    }

    /**
     * A usage error is one line on stderr naming what was wrong and where help is, and exit code 2:
     * the whole usage text after every typo buries the one sentence that matters.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String message =
                String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " ").strip();
        cmd.getErr()
                .println("crmgraph: " + message + " (see: "
                        + cmd.getCommandSpec().qualifiedName() + " --help)");
        cmd.getErr().flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: serve, import or export");
    }
}
