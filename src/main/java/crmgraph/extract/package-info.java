/**
 * Extraction with Apache OpenNLP (sentences, tokens, POS tags, lemmas): from each card, the
 * concept its prompt names and its definition, the list its answer holds in whatever shape
 * (members linked by HAS_PART, in order when ordered; IS_A for "types of X"; "Stage N of X" as a
 * part of X), acronyms both ways, and sentences that define their subject. Passages of notes
 * (text under a heading) go to {@link crmgraph.extract.Passages}, where headings are sections and
 * concepts come from prose definitions, terms with explanations and the lists a heading or
 * lead-in names. Definitions' words go along for mention linking across decks.
 */
package crmgraph.extract;
