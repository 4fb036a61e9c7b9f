/**
 * Apache OpenNLP's English Universal Dependencies models, loaded once from the classpath and shared
 * by extraction and the quiz, and the tokenizing both do with them ({@link crmgraph.nlp.PlainWords}).
 * Depends on nothing else in crmgraph.
 */
package crmgraph.nlp;
