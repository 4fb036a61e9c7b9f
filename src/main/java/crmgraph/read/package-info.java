/**
 * Reading: a file's bytes become text ({@link crmgraph.read.TextDecoder}), the text's format is
 * detected and it is cut into cards with exact source line numbers ({@link crmgraph.read.DeckReader}):
 * prompts answered by their backs, and, for Markdown notes (read with commonmark-java), passages of
 * text under their headings ({@link crmgraph.read.Card.Kind}). Shapes other than Markdown that are
 * notes are rewritten as Markdown line for line and read the same way: outlines and hurried notes
 * ({@link crmgraph.read.OutlineReader}), slides exported to text ({@link crmgraph.read.SlideDeckReader}),
 * outliner pages ({@link crmgraph.read.OutlinerPage}) and note apps' HTML blocks
 * ({@link crmgraph.read.HtmlBlocks}). Notes written as cards for a spaced-repetition plugin are read
 * card by card ({@link crmgraph.read.SpacedRepetitionReader}).
 * Page furniture (rating scales, titles, count headers, promotional lines, repeated banners) is
 * recognised by its shape and reported with its line number, as is any line no reader could place.
 * Lines over {@link crmgraph.read.DeckReader#MAX_LINE_CHARS} and bytes that are not valid UTF-8 are
 * kept and named in the deck's warnings; a file that yields no card says why
 * ({@link crmgraph.read.ReadDeck#whyNoCards}) and is not imported.
 */
package crmgraph.read;
