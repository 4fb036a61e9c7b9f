package crmgraph.graph;

import java.util.List;

/** A concept as lists show it: id, name, aliases and how many definitions it has. */
public record ConceptSummary(String id, String name, List<String> aliases, int definitions) {}
