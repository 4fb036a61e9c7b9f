package crmgraph.resolve;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Categories the names imply: when at least {@value #MIN_KINDS} names end in the same head noun
 * or the same words ("value-based pricing" and "cost-based pricing"; "explicit service promise" and
 * "implicit service promise") and no concept is called so, those words become a concept of their
 * own ("pricing", "service promise"), so each name is a kind of it and the student sees them side
 * by side. A name that is already a kind of a known concept ("coalition loyalty programme" of
 * "loyalty programme") counts for no category. It has no definition: no card gives one. Only names that
 * {@link Kinds} would read as modifier and head count (no {@link NoteLines}, no "of" or other clause word, no number at
 * the end), and the head must be tagged a noun ("brand-owned", "partner-owned" share an adjective);
 * heads of fewer than {@value #MIN_LENGTH} letters ("up" in "follow up") are too short to rely on. A
 * definition's genus ({@link Genus}) is never such a category: "the capacity to …" in a definition
 * says nothing of kinds.
 */
final class SharedHeads {

    static final int MIN_KINDS = 2;
    static final int MIN_LENGTH = 4;

    private SharedHeads() {}

    /**
     * The new category concepts, keyed by their key. Only a category a name of this import ({@code
     * inImport}) joins is made: no deck links the others, and an import in many groups would weigh
     * the graph's every shared tail again with each.
     */
    static Map<String, ResolvedConcept> of(Collection<ResolvedConcept> nodes, Lexicon named, Set<String> inImport) {
        Set<String> existing = new HashSet<>();
        nodes.forEach(n -> existing.add(n.key()));
        Map<String, Set<String>> namesByHead = new HashMap<>();
        for (ResolvedConcept node : nodes) {
            // a name already a kind of a known concept ("coalition loyalty programme") joins no category
            if (NoteLines.isNoteLine(node.name())
                    || Kinds.supertype(node.key(), named).isPresent()) {
                continue;
            }
            String key = node.key();
            String[] w = key.split(" ");
            String head = w[w.length - 1];
            if (w.length >= 2
                    && head.length() >= MIN_LENGTH
                    && head.chars().allMatch(Character::isLetter)
                    && List.of(w).stream()
                            .noneMatch(word -> Kinds.CLAUSE.matcher(word).matches())
                    && !Kinds.NEGATION.matcher(w[0]).matches()) {
                // Every tail of the name as written: "explicit service promise" and "implicit service
                // promise" share "service promise"; a hyphenated word stays whole ("cost-based pricing"
                // and "value-based pricing" share "pricing", never "based pricing").
                String[] written = node.name().strip().split("\\s+");
                for (int start = 1; start < written.length; start++) {
                    String tail =
                            Keys.key(String.join(" ", java.util.Arrays.copyOfRange(written, start, written.length)));
                    if (!tail.isEmpty()) {
                        namesByHead.computeIfAbsent(tail, h -> new HashSet<>()).add(key);
                    }
                }
            }
        }
        Map<String, ResolvedConcept> out = new HashMap<>();
        namesByHead.forEach((head, names) -> {
            if (names.size() >= MIN_KINDS
                    && !existing.contains(head)
                    && names.stream().anyMatch(inImport::contains)
                    && nounHead(names)
                    && nounFirst(head)) {
                out.put(head, new ResolvedConcept(head, Keys.id(head), head, List.of()));
            }
        });
        return out;
    }

    /** Whether a shared tail of several words opens with a noun ("service promise", not "unavailable non-customer"). */
    private static boolean nounFirst(String tail) {
        if (!tail.contains(" ")) {
            return true;
        }
        List<crmgraph.nlp.Token> tokens = crmgraph.nlp.English.shared().tagged("the " + tail);
        return tokens.size() > 1 && tokens.get(1).tag().equals("NOUN");
    }

    /**
     * Whether the shared last word is tagged a noun in a name ("pricing"), not an adjective
     * ("brand-owned"). The name is tagged as a sentence's subject ("the customer loyalty is"): alone,
     * a short phrase gets adjectives for nouns ("loyalty").
     */
    private static boolean nounHead(Set<String> names) {
        String name = names.stream().sorted().findFirst().orElseThrow();
        List<crmgraph.nlp.Token> tokens = crmgraph.nlp.English.shared().tagged("the " + name + " is");
        return tokens.size() >= 3 && tokens.get(tokens.size() - 2).tag().equals("NOUN");
    }
}
