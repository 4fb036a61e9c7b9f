package crmgraph.cli;

import crmgraph.app.ImportReport;
import crmgraph.app.Pipeline;
import crmgraph.graph.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports deck files or folders into the graph; unchanged files are skipped.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (GraphStore graph = Shutdown.closeOnExit(GraphStore.open(store.config()))) {
            ImportReport report = Pipeline.importer(graph).importPaths(paths, d -> Reports.progress(d, System.out));
            Reports.print(report, System.out, System.err);
            System.out.println(Reports.totals(graph));
            return report.failed() ? 1 : 0;
        }
    }
}
