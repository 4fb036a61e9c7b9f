package crmgraph.quiz;

import crmgraph.graph.StudyMaterial.Concept;
import crmgraph.graph.StudyMaterial.Definition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Names that are just as right for a concept as its own, as the graph itself shows them, so that
 * the checker accepts them and no item offers or refuses them as wrong:
 *
 * <ul>
 *   <li><b>Another concept stating the same fact.</b> Two decks name one idea differently
 *       ("differentiated marketing", "differentiated targeting"): a definition of each holds nearly
 *       the same content words (at least {@value #SAME_SHARE} of the shorter one's word stems, of
 *       {@value #MIN_STEMS} or more, and {@value #LONGER_SHARE} of the longer one's), and the names
 *       share a word. Names nested in one another ("churn", "churn rate") are a concept and a measure
 *       or kind of it, and members of one list are told apart by the course: those are left out, as
 *       is every pair of a concept whose facts read like more than {@value #MAX_SAME} others' (a
 *       formula, not a second name).
 *   <li><b>The same model under two names.</b> An alias that differs from its name only in the words
 *       before a shared ending ("churn model", also "attrition model") says those words mean one
 *       thing: the concept named by the first words ("churn") accepts the others ("attrition"),
 *       where it has a definition sharing a content word with the model's.
 *   <li><b>The name with and without the subject's word.</b> "customer win-back" and "win-back",
 *       defined alike ({@link #subjectWordPairs}).
 * </ul>
 *
 * Built once per index over an inverted index of word stems, each definition compared only with
 * those sharing one of its rarest stems (as many as a partner can lack, plus one), so a graph of
 * 100,000 definitions is not compared pair by pair.
 */
final class Equivalents {

    /** Share of the shorter definition's content-word stems the other must hold. */
    static final double SAME_SHARE = 0.8;
    /** Share of the longer definition's stems the shorter must hold: a short text inside a long one is no match. */
    static final double LONGER_SHARE = 0.6;
    /** Content-word stems a definition needs before its words can say it is another's fact. */
    static final int MIN_STEMS = 6;
    /** More concepts than this stating one concept's facts make its definitions a formula, not evidence. */
    static final int MAX_SAME = 2;
    /** How many list siblings are looked at to tell listed members apart. */
    private static final int SIBLINGS = 200;
    /** A stem in more definitions than this is no evidence for a pair (and is not walked). */
    private static final int MAX_POSTINGS = 200;

    /** What is right for one concept besides its own names. */
    record Same(List<Concept> concepts, List<String> names) {

        static final Same NONE = new Same(List.of(), List.of());

        Same {
            concepts = List.copyOf(concepts);
            names = List.copyOf(names);
        }

        /** Every name accepted: the other concepts' names and aliases, then the other names. */
        List<String> all() {
            Set<String> out = new LinkedHashSet<>();
            concepts.forEach(c -> out.addAll(StudyIndex.names(c)));
            out.addAll(names);
            return List.copyOf(out);
        }

        /** Whether the concept is one of these or is named by one of the names: never a wrong answer. */
        boolean holds(Concept c) {
            return concepts.stream().anyMatch(k -> k.id().equals(c.id()))
                    || StudyIndex.names(c).stream().anyMatch(n -> names.stream().anyMatch(m -> same(m, n)));
        }
    }

    private Equivalents() {}

    /**
     * For each concept with an equivalent, what else is right for it.
     *
     * @param named the concept a name (by its word keys joined with spaces) belongs to
     */
    static Map<String, Same> of(StudyIndex index, Function<String, Concept> named) {
        Collection<Concept> concepts = index.concepts();
        Map<String, Set<Concept>> sameConcepts = sameFacts(concepts, index);
        subjectWordPairs(concepts, index, named)
                .forEach((id, others) -> sameConcepts
                        .computeIfAbsent(id, k -> new LinkedHashSet<>())
                        .addAll(others));
        Map<String, Set<String>> sameNames = sameModels(concepts, named);
        Map<String, Same> out = new HashMap<>();
        Set<String> ids = new LinkedHashSet<>(sameConcepts.keySet());
        ids.addAll(sameNames.keySet());
        for (String id : ids) {
            out.put(
                    id,
                    new Same(
                            List.copyOf(sameConcepts.getOrDefault(id, Set.of())),
                            List.copyOf(sameNames.getOrDefault(id, Set.of()))));
        }
        return out;
    }

    /**
     * "customer win-back" and "win-back", both defined by decks that share a content word beyond
     * the names' own ("activities … customers who have left"): one idea, with and without the
     * subject's own word ({@link StudyIndex#subjectWord}). Definitions sharing nothing ("customer
     * service" as support, "service" as a deed done for another) are two ideas.
     */
    private static Map<String, Set<Concept>> subjectWordPairs(
            Collection<Concept> concepts, StudyIndex index, Function<String, Concept> named) {
        Map<String, Set<Concept>> out = new LinkedHashMap<>();
        for (Concept c : concepts) {
            List<String> words =
                    Words.spans(c.name()).stream().map(Words.Span::key).toList();
            if (words.size() < 2
                    || !index.subjectWord(words.get(0))
                    || c.definitions().isEmpty()) {
                continue;
            }
            Concept bare = named.apply(String.join(" ", words.subList(1, words.size())));
            if (bare == null || bare.id().equals(c.id()) || bare.definitions().isEmpty() || !shareAFact(c, bare)) {
                continue;
            }
            out.computeIfAbsent(c.id(), k -> new LinkedHashSet<>()).add(bare);
            out.computeIfAbsent(bare.id(), k -> new LinkedHashSet<>()).add(c);
        }
        return out;
    }

    /** Whether definitions of the two share a content word that is not a word of their names. */
    private static boolean shareAFact(Concept a, Concept b) {
        Set<String> named = new java.util.HashSet<>(Forms.stems(a.name()));
        named.addAll(Forms.stems(b.name()));
        Set<String> shared = definitionStems(a);
        shared.retainAll(definitionStems(b));
        shared.removeAll(named);
        return !shared.isEmpty();
    }

    private static Set<String> definitionStems(Concept c) {
        Set<String> out = new java.util.HashSet<>();
        c.definitions().forEach(d -> out.addAll(Forms.stems(DefinitionText.of(d.text()))));
        out.removeIf(st -> st.length() < 3);
        return out;
    }

    private record Stated(Concept concept, Set<String> stems) {}

    private static Map<String, Set<Concept>> sameFacts(Collection<Concept> concepts, StudyIndex index) {
        List<Stated> stated = new ArrayList<>();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (Concept c : concepts) {
            for (Definition d : c.definitions()) {
                Set<String> stems = new java.util.HashSet<>(Forms.stems(DefinitionText.of(d.text())));
                stems.removeIf(st -> st.length() < 2); // "e.g." is no word of the fact
                if (stems.size() >= MIN_STEMS) {
                    int at = stated.size();
                    stated.add(new Stated(c, stems));
                    stems.forEach(s ->
                            postings.computeIfAbsent(s, k -> new ArrayList<>()).add(at));
                }
            }
        }
        Map<String, Set<Concept>> out = new LinkedHashMap<>();
        for (int i = 0; i < stated.size(); i++) {
            final int from = i;
            Stated a = stated.get(i);
            Map<Integer, Integer> shared = new HashMap<>();
            // A partner shares at least this many of this text's stems (a share of the longer text's and
            // of the shorter one's, of at least MIN_STEMS), so it holds one of the rarest (all but that
            // many, plus one): only those are walked.
            int size = a.stems().size();
            int fewestShared = (int) Math.max(Math.ceil(SAME_SHARE * MIN_STEMS), Math.ceil(LONGER_SHARE * size));
            int walk = size - fewestShared + 1;
            a.stems().stream()
                    .map(postings::get)
                    .sorted(java.util.Comparator.comparingInt(List::size))
                    .limit(Math.max(1, walk))
                    .filter(with -> with.size() <= MAX_POSTINGS)
                    .forEach(
                            with -> with.stream().filter(j -> j > from).forEach(j -> shared.merge(j, 1, Integer::sum)));
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                Stated b = stated.get(e.getKey());
                if (sameFact(a, b) && oneIdea(a.concept(), b.concept(), index)) {
                    out.computeIfAbsent(a.concept().id(), k -> new LinkedHashSet<>())
                            .add(b.concept());
                    out.computeIfAbsent(b.concept().id(), k -> new LinkedHashSet<>())
                            .add(a.concept());
                }
            }
        }
        return withoutFormulas(out);
    }

    /**
     * A concept whose facts read like those of more than {@value #MAX_SAME} others is written to a
     * formula ("a … matrix that helps the firm …"), and its words say nothing about which idea is
     * which: none of its pairs is kept. Real second names come one or two at a time.
     */
    private static Map<String, Set<Concept>> withoutFormulas(Map<String, Set<Concept>> pairs) {
        Set<String> formulaic = new java.util.HashSet<>();
        pairs.forEach((id, same) -> {
            if (same.size() > MAX_SAME) {
                formulaic.add(id);
            }
        });
        Map<String, Set<Concept>> out = new LinkedHashMap<>();
        pairs.forEach((id, same) -> {
            if (!formulaic.contains(id)) {
                same.stream()
                        .filter(c -> !formulaic.contains(c.id()))
                        .forEach(c -> out.computeIfAbsent(id, k -> new LinkedHashSet<>())
                                .add(c));
            }
        });
        return out;
    }

    private static boolean sameFact(Stated a, Stated b) {
        long shared = a.stems().stream().filter(b.stems()::contains).count();
        return shared >= SAME_SHARE * Math.min(a.stems().size(), b.stems().size())
                && shared >= LONGER_SHARE * Math.max(a.stems().size(), b.stems().size());
    }

    /**
     * Two names of one idea: they share a word, neither is named inside the other ("churn", "churn
     * rate": a concept and a measure of it), and no list holds both (members listed side by side are
     * told apart by the course, however alike their definitions read: "high attitude, low repeat
     * patronage" and "low attitude, high repeat patronage").
     */
    private static boolean oneIdea(Concept a, Concept b, StudyIndex index) {
        return !a.id().equals(b.id())
                && !java.util.Collections.disjoint(Forms.stems(a.name()), Forms.stems(b.name()))
                && !ChoiceItems.sameWordsFewerOrMore(a.name(), b.name())
                && index.siblings(a.id(), SIBLINGS).stream().noneMatch(s -> s.id().equals(b.id()));
    }

    /**
     * "churn model" with the alias "attrition model": the concept named "churn" accepts "attrition",
     * and one named "attrition", if any, accepts "churn".
     */
    private static Map<String, Set<String>> sameModels(Collection<Concept> concepts, Function<String, Concept> named) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Concept c : concepts) {
            for (String alias : c.aliases()) {
                List<Words.Span> a = Words.spans(c.name());
                List<Words.Span> b = Words.spans(alias);
                int ending = 0;
                while (ending < Math.min(a.size(), b.size()) - 1
                        && a.get(a.size() - 1 - ending)
                                .key()
                                .equals(b.get(b.size() - 1 - ending).key())) {
                    ending++;
                }
                if (ending == 0) {
                    continue;
                }
                String first =
                        c.name().substring(0, a.get(a.size() - ending).start()).strip();
                String other =
                        alias.substring(0, b.get(b.size() - ending).start()).strip();
                if (first.isEmpty()
                        || other.isEmpty()
                        || !java.util.Collections.disjoint(Forms.stems(first), Forms.stems(other))) {
                    continue;
                }
                accept(out, c, named.apply(key(first)), other);
                accept(out, c, named.apply(key(other)), first);
            }
        }
        return out;
    }

    /**
     * Only a concept about what the model is about: one with a definition sharing a content word with
     * the model's ("churn": "the loss of customers …", the churn model: "… every customer a
     * probability to leave …"). A bare list member of the same word ("delivery" as a cost) is another
     * thing.
     */
    private static void accept(Map<String, Set<String>> out, Concept model, Concept concept, String name) {
        if (concept == null
                || concept.id().equals(model.id())
                || java.util.Collections.disjoint(stems(concept), stems(model))) {
            return;
        }
        if (StudyIndex.names(concept).stream().noneMatch(n -> same(n, name))) {
            out.computeIfAbsent(concept.id(), k -> new LinkedHashSet<>()).add(name);
        }
    }

    private static Set<String> stems(Concept c) {
        Set<String> out = new java.util.HashSet<>();
        c.definitions().forEach(d -> out.addAll(Forms.stems(DefinitionText.of(d.text()))));
        out.removeAll(Forms.stems(c.name()));
        return out;
    }

    static String key(String name) {
        return String.join(" ", Words.spans(name).stream().map(Words.Span::key).toList());
    }

    private static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }
}
