package crmgraph.pipeline;

import crmgraph.extract.CardExtractor;
import crmgraph.extract.Extractor;
import crmgraph.graph.DeckWriter;
import crmgraph.graph.GraphStore;
import crmgraph.read.DeckReader;
import crmgraph.resolve.Resolver;

import java.util.function.Supplier;

/** Builds the import pipeline with its production parts. */
public final class Pipeline {

    private Pipeline() {
    }

    public static Importer importer(GraphStore store) {
        return new Importer(new DeckReader(), extractor(), new Resolver(), new DeckWriter(store));
    }

    /** Makes the extractor each import thread uses. */
    public static Supplier<Extractor> extractor() {
        return CardExtractor::new;
    }
}
