/**
 * Resolution: one node per concept across all decks of an import and the graph. Names meet on a
 * key that folds case, accents, hyphens and spaces, leading articles and plurals; acronyms join
 * their expansions (also inside longer names, "CRM cycle"); guarded edit distance merges obvious
 * typos. The best-formed, most frequent surface form names the node, every definition stays with
 * its card. On top of the cards' own facts it adds head-noun kinds (IS_A) and mentions of known
 * concepts inside definitions (RELATED_TO, reason "mention"), matched word by word on lemmas.
 */
package crmgraph.resolve;
