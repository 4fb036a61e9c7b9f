/**
 * Apache OpenNLP's English Universal Dependencies models, loaded once from the classpath, and the
 * one way into them that extraction and the quiz share ({@link crmgraph.nlp.English}: sentences,
 * tokens, tags, lemmas, from any thread); word forms by rule ({@link crmgraph.nlp.WordForms}).
 * Depends on nothing else in crmgraph but its exceptions.
 */
package crmgraph.nlp;
