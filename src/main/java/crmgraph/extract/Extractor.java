package crmgraph.extract;

import crmgraph.read.ReadDeck;

/** Extracts concepts, definitions, lists, kinds and links from a deck's cards. */
public interface Extractor {

    Extraction extract(ReadDeck deck);
}
