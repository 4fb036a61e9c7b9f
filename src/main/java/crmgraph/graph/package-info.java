/**
 * The Neo4j graph: {@link crmgraph.graph.GraphStore} owns the one Driver of the process (embedded
 * Neo4j over Bolt on loopback, or a server/cluster from {@code NEO4J_URI}); every query is a file in
 * {@code cypher/} loaded by {@link crmgraph.graph.Cypher}; {@link crmgraph.graph.DeckWriter} loads a
 * deck in one transaction with batched {@code UNWIND … MERGE}; the read classes answer the web and
 * quiz layers, which reach the graph only through this package, and cache their answers per
 * {@link crmgraph.graph.GraphVersion}. Searches run in an in-process Lucene copy of the full-text
 * index ({@code SearchIndex}), rebuilt in the background per graph version, with Neo4j's own index
 * answering while a copy is built.
 */
package crmgraph.graph;
