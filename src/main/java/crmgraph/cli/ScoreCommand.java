package crmgraph.cli;

import crmgraph.score.CorpusScore;
import crmgraph.score.CorpusScorer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description =
                "Reads a corpus of study files with gold readings (NAME.gold.json beside each) and reports how well they were read.")
final class ScoreCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FOLDER", description = "Corpus folders, e.g. corpus/dev corpus/heldout.")
    List<Path> folders;

    @Option(names = "--verbose", description = "List every miss, by file.")
    boolean verbose;

    @Override
    public Integer call() {
        CorpusScorer scorer = new CorpusScorer();
        for (Path folder : folders) {
            CorpusScore score = scorer.score(folder);
            System.out.println(score.format(verbose));
        }
        return 0;
    }
}
