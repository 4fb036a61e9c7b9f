package crmgraph.graph;

import java.util.List;

/** A model or list: a concept and its parts, in order where the list is ordered. */
public record ConceptList(String id, String name, boolean ordered, List<ConceptDetail.Part> parts) {}
