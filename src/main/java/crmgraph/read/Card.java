package crmgraph.read;

/**
 * One card cut from a file: the prompt side, the answer side (empty when the file gives none),
 * and the 1-based source lines it spans.
 */
public record Card(int ordinal, String front, String back, int line, int endLine) {
}
