package crmgraph.graph;

/** A deck as lists show it: identity, detected format and how many cards it holds. */
public record DeckSummary(String id, String name, String source, String format, int cards) {}
