package crmgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One top-level item of a bulleted list and the items indented under it, moved out to the left
 * ("- two kinds of churn" over "  - voluntary churn – …"): outliners nest a list under the item
 * that names it, or under the term whose parts it gives.
 *
 * @param line     the item's own line, as written
 * @param children the lines under it, dedented to start at the left; empty when none
 */
record NestedItem(String line, String children) {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+\u2022]|\\d{1,3}[.)])\\s+\\S.*");

    /** The list's top-level items, each with what is indented under it. */
    static List<NestedItem> of(String list) {
        List<String> lines = list.lines().filter(l -> !l.isBlank()).toList();
        int top = lines.stream().mapToInt(NestedItem::indent).min().orElse(0);
        List<NestedItem> items = new ArrayList<>();
        String line = null;
        List<String> under = new ArrayList<>();
        for (String l : lines) {
            if (indent(l) <= top) {
                if (line != null) {
                    items.add(new NestedItem(line, dedented(under)));
                }
                line = l;
                under = new ArrayList<>();
            } else if (line != null) {
                under.add(l);
            }
        }
        if (line != null) {
            items.add(new NestedItem(line, dedented(under)));
        }
        return items;
    }

    /** How many items stand directly under this one. */
    int childItems() {
        return children.isEmpty()
                ? 0
                : (int) of(children).stream()
                        .filter(i -> BULLET.matcher(i.line()).matches())
                        .count();
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    private static String dedented(List<String> lines) {
        int least = lines.stream().mapToInt(NestedItem::indent).min().orElse(0);
        return String.join("\n", lines.stream().map(l -> l.substring(least)).toList());
    }
}
