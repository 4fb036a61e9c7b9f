// Every concept with the concepts it is linked to, either way, for measuring how the graph hangs
// together (pieces, concepts without a link); and the links, by whether they say what they mean.
MATCH (c:Concept)
RETURN c.id AS id, COLLECT { MATCH (c)-[:HAS_PART|IS_A|RELATED_TO]-(o:Concept) RETURN DISTINCT o.id } AS linked
