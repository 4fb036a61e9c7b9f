package crmgraph.read;

import java.util.ArrayList;
import java.util.List;

/** Source lines for reader tests, numbered from 1 as a file's lines are. */
final class SourceLines {

    private SourceLines() {}

    static List<SourceLine> of(String... texts) {
        List<SourceLine> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new SourceLine(i + 1, texts[i]));
        }
        return out;
    }
}
