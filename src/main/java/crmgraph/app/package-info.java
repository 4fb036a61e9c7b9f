/**
 * Wiring: {@link crmgraph.app.App#create} lists every HTTP route in one place and returns an
 * unstarted Javalin; {@link crmgraph.app.Importer} runs the import pipeline
 * (read → extract → resolve → graph) with the parts {@link crmgraph.app.Pipeline} chooses, each deck
 * read as the student asked ({@link crmgraph.app.ReadChoice}) or as it remembers.
 */
package crmgraph.app;
