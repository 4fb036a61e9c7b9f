package crmgraph.pipeline;

/**
 * Milliseconds spent per import stage. Read and extract run on every core, so their sums can
 * exceed the wall time; {@code wallMs} is the whole import as the user waits for it.
 */
public record ImportTimings(long readMs, long extractMs, long resolveMs, long writeMs, long wallMs) {}
