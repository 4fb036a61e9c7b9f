package crmgraph.read;

/** One line of a source file with its 1-based line number. */
record SourceLine(int number, String text) {

    boolean blank() {
        return text.isBlank();
    }

    String stripped() {
        return text.strip();
    }
}
