package crmgraph.extract;

import crmgraph.Regex;
import crmgraph.RelationType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Collects the facts of one deck as the extraction rules find them. */
final class Facts {

    private final List<ConceptFact> concepts = new ArrayList<>();
    private final List<RelationFact> relations = new ArrayList<>();
    private final List<String> doubts = new ArrayList<>();

    /** A text that only sends the reader elsewhere: "see lecture 4", "cf. chapter 8", "see above". */
    private static final Pattern POINTER = Pattern.compile(
            "(?i)^\\W*(?:see|cf\\.?|refer\\s+to)\\s+(?:the\\s+)?(?:lecture|chapter|ch\\b|slides?|page|pp?\\b|week|wk|section|above|below|notes?|reading|textbook|book|handout|seminar|tutorial|appendix|figure|fig\\b)");

    /** A concept named on a card, with its aliases and definition (null when the card gives none). */
    void concept(String name, List<String> aliases, String definition, int card) {
        if (name == null || name.isBlank() || !Regex.matches(name, ".*[A-Za-z0-9].*") || NoteLabels.always(name)) {
            return;
        }
        if (definition != null && POINTER.matcher(definition).find()) {
            definition = null; // "see lecture 4": where the explanation is, not what the term is
        }
        java.util.Optional<Names.Expansion> acronym = Names.trailingAcronym(name.strip());
        if (acronym.isPresent()) {
            List<String> more = new ArrayList<>(aliases);
            more.add(acronym.get().acronym());
            aliases = more;
            name = name.substring(0, name.lastIndexOf('(')).strip();
        }
        java.util.Optional<String> restated = ProseDefinitions.restatedAlias(name, definition);
        if (restated.isPresent() && !aliases.contains(restated.get())) {
            List<String> more = new ArrayList<>(aliases);
            more.add(restated.get());
            aliases = more;
        }
        concepts.add(new ConceptFact(
                name.strip(), aliases, definition == null || definition.isBlank() ? null : definition.strip(), card));
    }

    void concept(String name, String definition, int card) {
        concept(name, List.of(), definition, card);
    }

    void relation(RelationType type, String from, String to, Integer order, String reason, int card) {
        from = from == null ? null : Regex.replaceAll(from, "\\s*\\([A-Z][A-Za-z&]{1,8}\\)$", "");
        to = to == null ? null : Regex.replaceAll(to, "\\s*\\([A-Z][A-Za-z&]{1,8}\\)$", "");
        if (from == null
                || to == null
                || from.isBlank()
                || to.isBlank()
                || from.equalsIgnoreCase(to)
                || NoteLabels.always(from)
                || NoteLabels.always(to)) {
            return;
        }
        relations.add(new RelationFact(type, from.strip(), to.strip(), order, reason, card));
    }

    /** A reading the rules could not settle (a list whose whole they could not name), for the import report. */
    void doubt(int card, String why) {
        doubts.add("card " + card + ": " + why);
    }

    List<String> doubts() {
        return doubts;
    }

    List<ConceptFact> concepts() {
        return concepts;
    }

    /** How many sections one label may explain differently and still be a term ("Output:" under every stage is none). */
    private static final int MAX_SENSES = 2;

    /**
     * Drops a name notes explain three times or more, each time differently in another section
     * ("Output: a CRM strategy …", "Output: a signed contract …" under each stage): a field label
     * of the notes, which says something about each section's subject, not what the label is. A
     * flashcard deck may define one term on several cards; only cards of notes count.
     */
    void dropRepeatedLabels(Set<Integer> noteCards) {
        Map<String, Set<String>> senses = new HashMap<>();
        Map<String, Set<Integer>> cards = new HashMap<>();
        for (ConceptFact c : concepts) {
            if (c.hasDefinition() && noteCards.contains(c.card())) {
                String key = folded(c.name());
                senses.computeIfAbsent(key, k -> new HashSet<>()).add(c.definition());
                cards.computeIfAbsent(key, k -> new HashSet<>()).add(c.card());
            }
        }
        Set<String> labels = new HashSet<>();
        senses.forEach((key, texts) -> {
            if (texts.size() > MAX_SENSES && cards.get(key).size() > MAX_SENSES) {
                labels.add(key);
            }
        });
        concepts.removeIf(c -> labels.contains(folded(c.name())));
        relations.removeIf(r -> labels.contains(folded(r.from())) || labels.contains(folded(r.to())));
        labels.forEach(l -> doubts.add(
                "\"" + l + "\" explains something different in several sections: read as a label, not a term"));
    }

    private static String folded(String name) {
        return name.toLowerCase(Locale.ROOT).strip();
    }

    List<RelationFact> relations() {
        return relations;
    }
}
