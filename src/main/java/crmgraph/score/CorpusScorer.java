package crmgraph.score;

import crmgraph.BadInputException;
import crmgraph.Json;
import crmgraph.extract.CardExtractor;
import crmgraph.extract.Extraction;
import crmgraph.read.DeckReader;
import crmgraph.read.ReadDeck;
import crmgraph.read.TextDecoder;
import crmgraph.resolve.ResolvedDeck;
import crmgraph.resolve.Resolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every study file of a corpus folder that has a gold file beside it, each on its own, as
 * the import would (read, extract, resolve; no database), and scores it against its gold.
 */
public final class CorpusScorer {

    static final String GOLD_SUFFIX = ".gold.json";

    private final DeckReader reader = new DeckReader();
    private final CardExtractor extractor = new CardExtractor();
    private final Resolver resolver = new Resolver();

    public CorpusScore score(Path folder) {
        List<FileScore> files = new ArrayList<>();
        for (Path file : studyFiles(folder)) {
            files.add(score(file, gold(file)));
        }
        if (files.isEmpty()) {
            throw new BadInputException(folder + ": no study file with a " + GOLD_SUFFIX + " beside it");
        }
        return new CorpusScore(folder.toString(), files);
    }

    private FileScore score(Path file, Gold gold) {
        String name = file.getFileName().toString();
        try {
            ReadDeck deck = reader.read(name, TextDecoder.decode(name, Files.readAllBytes(file)));
            Extraction extraction = extractor.extract(deck);
            ResolvedDeck resolved =
                    resolver.resolve(List.of(extraction), List.of()).get(0);
            return new FileScorer(name, gold, deck, resolved).score();
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static Gold gold(Path file) {
        Path gold = goldOf(file);
        try {
            return Json.MAPPER.readValue(gold.toFile(), Gold.class);
        } catch (IOException e) {
            throw new BadInputException(gold + ": not a gold file: " + e.getMessage());
        }
    }

    private static List<Path> studyFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(folder + ": no such folder");
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> !p.getFileName().toString().endsWith(GOLD_SUFFIX) && Files.isRegularFile(goldOf(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BadInputException(folder + ": cannot list the folder: " + e.getMessage());
        }
    }

    private static Path goldOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + GOLD_SUFFIX);
    }
}
