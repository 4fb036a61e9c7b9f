package crmgraph;

/** The kinds of link between concepts, as in the graph model. */
public enum RelationType {
    /** whole → part: model components, list members, stages, steps. */
    HAS_PART,
    /** subtype → supertype. */
    IS_A,
    /** any other link: a mention in a definition, a contrast. */
    RELATED_TO
}
