package crmgraph.read;

/** A source line that is in no card, and why: page furniture, or a line that could not be placed. */
public record DroppedLine(int line, String text, Kind kind) {

    public enum Kind {
        FURNITURE,
        UNPLACED
    }
}
