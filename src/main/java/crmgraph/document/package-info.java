/**
 * Documents that are not text, opened into text the readers of {@link crmgraph.read} know, with a
 * {@link crmgraph.read.SourceMap} of where each line came from: Anki packages ({@code .apkg},
 * {@code .colpkg}: each Anki deck an Anki plain-text export), PDF notes and slides and Word
 * documents (Markdown notes). Entry point: {@link crmgraph.document.Documents}.
 */
package crmgraph.document;
