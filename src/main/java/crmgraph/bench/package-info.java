/**
 * The {@code bench} command's parts: a deterministic corpus generator (every deck format, CRM-like
 * vocabulary, lists, kinds, acronyms, typos, cross-mentions and page furniture) and a benchmark
 * that measures an import end to end beside its two limits, NLP alone and bare batched writes.
 * Not part of the test run: speed is measured here, with numbers, never in timed tests.
 */
package crmgraph.bench;
