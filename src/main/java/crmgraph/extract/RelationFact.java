package crmgraph.extract;

import crmgraph.RelationType;

/**
 * A link between two concepts named on one card. {@code order} is the 1-based position in an
 * ordered list, or null; {@code reason} says why a RELATED_TO link exists.
 */
public record RelationFact(RelationType type, String from, String to, Integer order, String reason, int card) {}
