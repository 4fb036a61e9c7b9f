/**
 * Extraction with Apache OpenNLP (sentences, tokens, POS tags, lemmas): from each card, the
 * concept its prompt names and its definition, the list its answer holds in whatever shape
 * (members linked by HAS_PART, in order when ordered; IS_A for "types of X"; "Stage N of X" as a
 * part of X), acronyms both ways, and sentences that define their subject. Definitions' words
 * go along for mention linking across decks.
 */
package crmgraph.extract;
