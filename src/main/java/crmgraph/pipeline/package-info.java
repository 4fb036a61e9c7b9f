/**
 * The import pipeline: {@link crmgraph.pipeline.Importer} runs files through document opening, read,
 * extract and resolve, and writes each deck to the graph in its own transaction, with the parts
 * {@link crmgraph.pipeline.Pipeline} chooses; each deck is read as the student asked
 * ({@link crmgraph.pipeline.ReadChoice}) or as it remembers. Used by the command line and the
 * web import alike.
 */
package crmgraph.pipeline;
