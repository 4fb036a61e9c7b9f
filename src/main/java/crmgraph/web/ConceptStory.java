package crmgraph.web;

import crmgraph.graph.ConceptDetail;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the concept page tells beyond the cards' own words: the acronym a model's parts spell, the
 * other names the same model is taught under, what a concept no card defines is made of, parts
 * named only by their position shown by what they say, and related concepts grouped by how they
 * relate.
 */
public record ConceptStory(
        Optional<String> acronym,
        List<ConceptDetail.Related> alsoTaughtAs,
        String undefined,
        List<Step> parts,
        List<RelatedGroup> related) {

    /** The reason the resolver gives links between two names of one model. */
    static final String SAME_MODEL = "same model";

    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z]{2,8}\\b");
    /** "Stage 2 of the CRM cycle", "Step 3", "Phase IV": a name that says only where a part stands. */
    private static final Pattern POSITIONAL =
            Pattern.compile("(?i)^(stage|step|phase|level|tier|part)\\s+(\\d+|[ivx]+)\\b.*");

    private static final int SUMMARY = 90;

    /** A part as the page lists it: its link, and its label (its name, or for a positional name, its content). */
    public record Step(ConceptDetail.Part part, String label) {}

    /** Related concepts that relate one way, under a heading. */
    public record RelatedGroup(String title, List<ConceptDetail.Related> items) {}

    static ConceptStory of(ConceptDetail c) {
        List<ConceptDetail.Related> twins = c.related().stream()
                .filter(r -> r.reason().contains(SAME_MODEL))
                .toList();
        return new ConceptStory(acronym(c), twins, undefined(c, twins), steps(c), groups(c));
    }

    /**
     * "IDIC: Identify, Differentiate, Interact, Customize": an acronym in the name (or an alias)
     * whose letters are the initials of the ordered parts, in order.
     */
    static Optional<String> acronym(ConceptDetail c) {
        List<ConceptDetail.Part> parts = c.parts();
        if (parts.size() < 2 || parts.stream().anyMatch(p -> p.order() == null)) {
            return Optional.empty();
        }
        String initials = parts.stream()
                .map(p -> p.name().strip())
                .filter(n -> !n.isEmpty())
                .map(n -> n.substring(0, 1).toUpperCase(java.util.Locale.ROOT))
                .collect(Collectors.joining());
        List<String> names = new ArrayList<>(c.aliases());
        names.add(0, c.name());
        for (String name : names) {
            Matcher m = ACRONYM.matcher(name);
            while (m.find()) {
                if (m.group().equals(initials)) {
                    return Optional.of(m.group() + ": "
                            + parts.stream().map(ConceptDetail.Part::name).collect(Collectors.joining(", ")));
                }
            }
        }
        return Optional.empty();
    }

    /** For a concept no card defines, what its links say instead; empty when a card defines it. */
    static String undefined(ConceptDetail c, List<ConceptDetail.Related> twins) {
        if (!c.definitions().isEmpty()) {
            return "";
        }
        List<String> said = new ArrayList<>();
        if (!c.parts().isEmpty()) {
            boolean ordered = c.parts().stream().allMatch(p -> p.order() != null);
            said.add("It is made of " + c.totals().parts() + (ordered ? " steps, in order: " : " parts: ")
                    + c.parts().stream().map(ConceptDetail.Part::name).collect(Collectors.joining(", ")) + ".");
        }
        if (!twins.isEmpty()) {
            said.add("The same model is also taught as "
                    + twins.stream().map(ConceptDetail.Related::name).collect(Collectors.joining(" and ")) + ".");
        }
        c.parents().stream()
                .map(p -> "It is " + p.relation() + " " + p.name() + ".")
                .forEach(said::add);
        if (said.isEmpty()) {
            return "No card defines this concept; it is named or listed on the cards below.";
        }
        return "No card defines this concept. " + String.join(" ", said);
    }

    /** Parts named only by position are labelled by their definition ("Stage 1: market research …"). */
    static List<Step> steps(ConceptDetail c) {
        return c.parts().stream().map(p -> new Step(p, label(p))).toList();
    }

    private static String label(ConceptDetail.Part p) {
        Matcher m = POSITIONAL.matcher(p.name().strip());
        if (!m.matches() || p.definition().isBlank()) {
            return p.name();
        }
        String word = m.group(1);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(java.util.Locale.ROOT) + " "
                + m.group(2) + ": " + summary(p.definition());
    }

    /** The definition's first sentence, cut at a word near {@value #SUMMARY} characters. */
    static String summary(String definition) {
        String text = definition.strip().replaceAll("\\s+", " ");
        int stop = text.indexOf(". ");
        if (stop > 0) {
            text = text.substring(0, stop);
        }
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.length() <= SUMMARY) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY);
        return text.substring(0, cut > 0 ? cut : SUMMARY).replaceAll("[,;:]$", "") + " …";
    }

    /** Related concepts by how they relate: said in a definition, contrasted, mentioned, other. */
    static List<RelatedGroup> groups(ConceptDetail c) {
        Map<String, List<ConceptDetail.Related>> groups = new LinkedHashMap<>();
        for (String title : List.of(
                "Said in definitions",
                "Contrasted with",
                "Mentioned in definitions",
                "Sharing a name",
                "Other links")) {
            groups.put(title, new ArrayList<>());
        }
        for (ConceptDetail.Related r : c.related()) {
            if (r.reason().contains(SAME_MODEL)) {
                continue;
            }
            groups.get(groupOf(r)).add(r);
        }
        return groups.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new RelatedGroup(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /** The heading a related concept is listed under: an opposite is contrasted, not said in a definition. */
    private static String groupOf(ConceptDetail.Related r) {
        if (r.reason().contains("contrast") || r.reason().contains("opposite")) {
            return "Contrasted with";
        }
        if (!r.sentence().isBlank()) {
            return "Said in definitions";
        }
        if (r.reason().contains("mention")) {
            return "Mentioned in definitions";
        }
        return r.reason().contains("name") ? "Sharing a name" : "Other links";
    }
}
