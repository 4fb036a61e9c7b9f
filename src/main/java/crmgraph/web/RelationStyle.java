package crmgraph.web;

import crmgraph.RelationType;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How each relation type looks and reads in the explorer. The colours reach the graph script
 * through the legend's data attributes, so pages and script cannot disagree.
 */
public enum RelationStyle {
    HAS_PART(RelationType.HAS_PART, "has part", "#2457a6"),
    IS_A(RelationType.IS_A, "is a kind of", "#1d7a4c"),
    RELATED_TO(RelationType.RELATED_TO, "related to", "#a6531b");

    private final RelationType type;
    private final String label;
    private final String colour;

    RelationStyle(RelationType type, String label, String colour) {
        this.type = type;
        this.label = label;
        this.colour = colour;
    }

    public RelationType type() {
        return type;
    }

    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }

    public static RelationStyle of(String typeName) {
        return valueOf(typeName);
    }

    /**
     * Relation types chosen by request parameters (repeated {@code type}, or a comma list in
     * {@code types}); none chosen means all. Unknown names are a user error.
     */
    public static Set<RelationType> chosen(Collection<String> values) {
        List<String> names = values.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        if (names.isEmpty()) {
            return EnumSet.allOf(RelationType.class);
        }
        Set<RelationType> types = EnumSet.noneOf(RelationType.class);
        for (String name : names) {
            types.add(parse(name)
                    .orElseThrow(() -> new crmgraph.BadInputException(
                            "unknown relation type '" + name + "': use HAS_PART, IS_A or RELATED_TO")));
        }
        return types;
    }

    private static Optional<RelationType> parse(String name) {
        String n = name.toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(RelationType.values())
                .filter(t -> t.name().equals(n))
                .findFirst();
    }
}
