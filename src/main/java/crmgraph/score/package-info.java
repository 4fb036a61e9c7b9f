/**
 * The {@code score} command's parts: reads a corpus of study files written for crmgraph, each with
 * its gold reading ({@code NAME.gold.json}, see {@code corpus/README.md}), through the import
 * pipeline without a database (read, extract, resolve), and reports how many flashcards were read
 * right, how many definitions were filed under the wrong concept, junk concepts, and how many of
 * the concepts a student expects from notes were found. Not a test: a measurement, with numbers.
 */
package crmgraph.score;
