package crmgraph.pipeline;

import crmgraph.extract.CardExtractor;
import crmgraph.extract.Extractor;
import crmgraph.graph.DeckWriter;
import crmgraph.graph.GraphStore;
import crmgraph.read.DeckReader;
import crmgraph.resolve.Resolver;

/** Builds the import pipeline with its production parts. */
public final class Pipeline {

    private Pipeline() {}

    public static Importer importer(GraphStore store) {
        return new Importer(new DeckReader(), extractor(), new Resolver(), new DeckWriter(store));
    }

    /** The extractor every import thread shares. */
    public static Extractor extractor() {
        return new CardExtractor();
    }
}
