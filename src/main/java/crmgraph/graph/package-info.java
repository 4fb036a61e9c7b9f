/**
 * The Neo4j graph: {@link crmgraph.graph.GraphStore} owns the one Driver of the process (embedded
 * Neo4j over Bolt on loopback, or a server/cluster from {@code NEO4J_URI}); every query is a file in
 * {@code cypher/} loaded by {@link crmgraph.graph.Cypher}; {@link crmgraph.graph.DeckWriter} loads a
 * deck in one transaction with batched {@code UNWIND … MERGE}; the read classes answer the web and
 * quiz layers, which reach the graph only through this package, and cache their answers per
 * {@link crmgraph.graph.GraphVersion}. Two reads run over in-process copies of part of the graph,
 * rebuilt in the background per graph version ({@code VersionedCopy}), with Neo4j answering while a
 * copy is built: searches over a Lucene copy of the full-text index ({@code SearchIndex}), and "how
 * are these connected?" over a copy of the links between concepts ({@code LinkCopy}), its answer read
 * from the store.
 */
package crmgraph.graph;
