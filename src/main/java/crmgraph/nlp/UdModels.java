package crmgraph.nlp;

import crmgraph.InternalFaultException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The immutable, thread-safe models (the {@code *ME} classes over them are not thread-safe:
 * {@link English} reads through OpenNLP's wrappers that keep one per thread). Loaded once per
 * process, for a few seconds and some 100 MB.
 *
 * <p>The tagger decodes greedily (a beam of 1, not OpenNLP's default of 3): on the benchmark corpus
 * and the samples every extracted fact came out the same, at a third less tagging time.
 */
public record UdModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {

    private static UdModels shared;

    /** The process-wide models, loaded on first use. */
    public static synchronized UdModels shared() {
        if (shared == null) {
            shared = load();
        }
        return shared;
    }

    private static UdModels load() {
        try {
            return new UdModels(
                    new SentenceModel(model("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")),
                    new TokenizerModel(model("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")),
                    greedy(new POSModel(model("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"))),
                    new LemmatizerModel(model("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")));
        } catch (IOException e) {
            throw new InternalFaultException("the OpenNLP models cannot be loaded: " + e.getMessage());
        }
    }

    private static POSModel greedy(POSModel beam) {
        return new POSModel(
                beam.getLanguage(), beam.<MaxentModel>getArtifact("pos.model"), 1, Map.of(), beam.getFactory());
    }

    private static InputStream model(String resource) {
        InputStream in = UdModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new InternalFaultException("the OpenNLP model " + resource + " is not on the classpath");
        }
        return in;
    }
}
