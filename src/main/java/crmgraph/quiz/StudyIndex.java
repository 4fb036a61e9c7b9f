package crmgraph.quiz;

import crmgraph.graph.StudyMaterial;
import crmgraph.graph.StudyMaterial.Concept;
import crmgraph.graph.StudyMaterial.Link;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The study material indexed for generation: concepts by id, lists (wholes and their parts in
 * order), kinds and parents, neighbours, how many definitions use each word (rarity), and the
 * names of all concepts for spotting mentions of known concepts inside definitions.
 */
final class StudyIndex {

    /** A member of a list, with the link's order and card. */
    record Part(Concept concept, Integer order, String card, String deck) {}

    /** A concept named inside a text. */
    record Mention(Concept concept, int start, int end) {}

    private final Map<String, Concept> byId = new LinkedHashMap<>();
    private final Map<String, List<Part>> parts = new LinkedHashMap<>();
    private final Map<String, Set<String>> wholes = new HashMap<>();
    private final Map<String, Set<String>> parents = new HashMap<>();
    private final Map<String, Set<String>> kinds = new HashMap<>();
    private final Map<String, List<Part>> kindLists = new LinkedHashMap<>();
    private final Map<String, Set<String>> neighbours = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    /** In how many concepts' names each word is. */
    private final Map<String, Integer> nameFrequency = new HashMap<>();
    /** How many concept names end in each word: a word heading several names is a category ("segmentation"). */
    private final Map<String, Integer> headCount = new HashMap<>();
    /** Concept names and aliases by their words joined with spaces; the first concept to claim a name keeps it. */
    private final Map<String, Concept> namesByWords = new HashMap<>();
    /** The longest name (in words) starting with each word, so a mention scan tries few lengths. */
    private final Map<String, Integer> longestByFirstWord = new HashMap<>();

    private final Map<String, Forms> forms = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, AnswerChecker.Spelling> typedSpellings = new java.util.concurrent.ConcurrentHashMap<>();
    /** Built at first use: serving stored items never needs it. */
    private volatile Map<String, Equivalents.Same> equivalents;

    private final Spellings spellings = new Spellings();
    private int definitionCount;

    private static final double RARE_SHARE = 0.01;
    private static final int RARE_FLOOR = 3;

    StudyIndex(StudyMaterial material) {
        material.concepts().forEach(c -> byId.put(c.id(), c));
        for (Link link : material.links()) {
            if (!byId.containsKey(link.from()) || !byId.containsKey(link.to())) {
                continue;
            }
            switch (link.type()) {
                case "HAS_PART" -> addPart(link);
                case "IS_A" -> {
                    parents.computeIfAbsent(link.from(), k -> new LinkedHashSet<>())
                            .add(link.to());
                    if (kinds.computeIfAbsent(link.to(), k -> new LinkedHashSet<>())
                            .add(link.from())) {
                        kindLists
                                .computeIfAbsent(link.to(), k -> new ArrayList<>())
                                .add(new Part(byId.get(link.from()), null, link.card(), link.deck()));
                    }
                }
                default -> {
                    neighbours
                            .computeIfAbsent(link.from(), k -> new LinkedHashSet<>())
                            .add(link.to());
                    neighbours
                            .computeIfAbsent(link.to(), k -> new LinkedHashSet<>())
                            .add(link.from());
                }
            }
        }
        parts.values()
                .forEach(list ->
                        list.sort(Comparator.comparing(p -> p.order() == null ? Integer.MAX_VALUE : p.order())));
        for (Concept c : byId.values()) {
            indexNames(c);
            Words.spans(c.name()).stream()
                    .map(Words.Span::key)
                    .distinct()
                    .forEach(k -> nameFrequency.merge(k, 1, Integer::sum));
            c.cards().forEach(card -> spellings.add(c.name(), card.deck()));
            for (StudyMaterial.Definition d : c.definitions()) {
                spellings.add(d.text(), d.deck());
                definitionCount++;
                Words.spans(d.text()).stream()
                        .map(Words.Span::key)
                        .distinct()
                        .forEach(k -> documentFrequency.merge(k, 1, Integer::sum));
            }
        }
    }

    private void addPart(Link link) {
        List<Part> list = parts.computeIfAbsent(link.from(), k -> new ArrayList<>());
        if (list.stream().noneMatch(p -> p.concept().id().equals(link.to()))) {
            list.add(new Part(byId.get(link.to()), link.order(), link.card(), link.deck()));
        }
        wholes.computeIfAbsent(link.to(), k -> new LinkedHashSet<>()).add(link.from());
    }

    private void indexNames(Concept c) {
        for (String name : names(c)) {
            List<String> words = Words.spans(name).stream().map(Words.Span::key).toList();
            if (!words.isEmpty()) {
                namesByWords.putIfAbsent(String.join(" ", words), c);
                if (words.size() > 1 && name.equals(c.name())) {
                    headCount.merge(words.get(words.size() - 1), 1, Integer::sum);
                }
                longestByFirstWord.merge(words.get(0), words.size(), Math::max);
            }
        }
    }

    static List<String> names(Concept c) {
        List<String> all = new ArrayList<>();
        all.add(c.name());
        all.addAll(c.aliases());
        return all;
    }

    Concept concept(String id) {
        return byId.get(id);
    }

    java.util.Collection<Concept> concepts() {
        return byId.values();
    }

    /** Wholes with their parts in order. */
    Map<String, List<Part>> lists() {
        return parts;
    }

    /** Parents with their kinds (subtypes), as unordered lists. */
    Map<String, List<Part>> kindLists() {
        return kindLists;
    }

    List<Part> partsOf(String id) {
        return parts.getOrDefault(id, List.of());
    }

    /** The concepts this one is a kind of. */
    List<Concept> parentsOf(String id) {
        return concepts(parents.getOrDefault(id, Set.of()));
    }

    /** The concepts whose lists the concept is a member of. */
    List<Concept> wholesOf(String id) {
        return concepts(wholes.getOrDefault(id, Set.of()));
    }

    boolean hasParts(String id) {
        return parts.containsKey(id);
    }

    /** Ids of the parts (in order) and kinds of a concept: the members of the lists it heads. */
    List<String> members(String id) {
        Set<String> out = new LinkedHashSet<>();
        partsOf(id).forEach(p -> out.add(p.concept().id()));
        kindLists.getOrDefault(id, List.of()).forEach(p -> out.add(p.concept().id()));
        return List.copyOf(out);
    }

    /** Concepts close to this one: siblings, other kinds of its parents, neighbours, then those sharing neighbours. */
    List<String> related(String id, int limit) {
        Set<String> out = new LinkedHashSet<>();
        siblings(id, limit).forEach(c -> out.add(c.id()));
        coKinds(id, limit).forEach(c -> out.add(c.id()));
        out.addAll(neighbours.getOrDefault(id, Set.of()));
        out.addAll(wholes.getOrDefault(id, Set.of()));
        out.addAll(parents.getOrDefault(id, Set.of()));
        sharingNeighbours(id, limit).forEach(c -> out.add(c.id()));
        out.remove(id);
        return out.stream().limit(limit).toList();
    }

    // The three walks below stop at a limit: a head noun with thousands of kinds must not make
    // every one of its kinds cost thousands of steps.

    /** Other members of every list the concept is in, at most {@code limit}. */
    List<Concept> siblings(String id, int limit) {
        Set<String> out = new LinkedHashSet<>();
        for (String whole : wholes.getOrDefault(id, Set.of())) {
            for (Part p : partsOf(whole)) {
                if (out.size() == limit) {
                    return concepts(out);
                }
                if (!p.concept().id().equals(id)) {
                    out.add(p.concept().id());
                }
            }
        }
        return concepts(out);
    }

    /** Other kinds of every parent the concept is a kind of, at most {@code limit}. */
    List<Concept> coKinds(String id, int limit) {
        Set<String> out = new LinkedHashSet<>();
        for (String parent : parents.getOrDefault(id, Set.of())) {
            for (String kind : kinds.getOrDefault(parent, Set.of())) {
                if (out.size() == limit) {
                    return concepts(out);
                }
                if (!kind.equals(id)) {
                    out.add(kind);
                }
            }
        }
        return concepts(out);
    }

    /** Concepts linked to the same neighbours, of the same shape (both lists or both not), at most {@code limit}. */
    List<Concept> sharingNeighbours(String id, int limit) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> own = neighbours.getOrDefault(id, Set.of());
        Set<String> ownWholes = wholes.getOrDefault(id, Set.of());
        Set<String> ownParts = partsOfIds(id);
        for (String n : own) {
            for (String other : neighbours.getOrDefault(n, Set.of())) {
                if (out.size() == limit) {
                    return concepts(out);
                }
                if (!other.equals(id)
                        && !own.contains(other)
                        && hasParts(other) == hasParts(id)
                        && !ownWholes.contains(other)
                        && !ownParts.contains(other)) {
                    out.add(other);
                }
            }
        }
        return concepts(out);
    }

    private List<Concept> concepts(Set<String> ids) {
        return ids.stream().map(byId::get).toList();
    }

    private Set<String> partsOfIds(String id) {
        Set<String> ids = new LinkedHashSet<>();
        partsOf(id).forEach(p -> ids.add(p.concept().id()));
        return ids;
    }

    /** Every way the concept is written (name, aliases, initials), cached. */
    Forms forms(Concept c) {
        return forms.computeIfAbsent(c.id(), k -> Forms.of(names(c)));
    }

    /** The concept's name as the typo rule compares it, cached: every concept is compared with its siblings. */
    AnswerChecker.Spelling spelling(Concept c) {
        return typedSpellings.computeIfAbsent(c.id(), k -> AnswerChecker.Spelling.of(c.name()));
    }

    /** How rare a word is across all definitions: higher is rarer. */
    double rarity(String key) {
        int df = documentFrequency.getOrDefault(key, 0);
        return Math.log((definitionCount + 1.0) / (df + 1.0));
    }

    /** In how many definitions a word is: what {@link #rarity} and {@link #common} are made from. */
    int documentFrequency(String key) {
        return documentFrequency.getOrDefault(key, 0);
    }

    /** Whether a word is in so many definitions that blanking it tests nothing. */
    boolean common(String key) {
        int df = documentFrequency.getOrDefault(key, 0);
        return definitionCount >= 8 && df > 0.2 * definitionCount;
    }

    /** Names a word must be in, at the least, to be the subject's own word. */
    private static final int SUBJECT_WORD_FLOOR = 5;

    private static final double SUBJECT_WORD_SHARE = 0.03;

    /**
     * Whether a word is in so many of the graph's concept names that it is the subject itself ("CRM"
     * in a CRM course: "CRM cycle", "CRM strategy", "analytical CRM" …): a blank on it alone, the
     * rest of the name shown, tests nothing.
     */
    boolean subjectWord(String key) {
        int n = nameFrequency.getOrDefault(key, 0);
        return n >= SUBJECT_WORD_FLOOR && n >= SUBJECT_WORD_SHARE * byId.size();
    }

    /**
     * Whether a word is rare enough across the graph's definitions to be specific to the few that
     * use it: in at most 1% of them (at least 3, so a small graph is not all common).
     */
    boolean rare(String key) {
        return documentFrequency.getOrDefault(key, 0) <= Math.max(RARE_FLOOR, RARE_SHARE * definitionCount);
    }

    /** Whether a word is the last word of two names or more: a category, not a term of its own. */
    boolean heads(String key) {
        return headCount.getOrDefault(key, 0) >= 2;
    }

    /** The concept's name with each capitalised word spelt as most decks spell it. */
    String displayName(Concept c) {
        return spellings.best(c.name());
    }

    /**
     * What else is right for the concept besides its display name: its aliases, its name as written,
     * a name with a bracket without it, and the names {@link #same} gives.
     */
    List<String> otherNames(Concept c) {
        List<String> out = new ArrayList<>(c.aliases());
        if (!displayName(c).equals(c.name())) {
            out.add(c.name());
        }
        // "cloud CRM (SaaS)": the bracket adds a gloss, the name is whole without it
        String bare = c.name().replaceAll("\\s*\\([^()]*\\)\\s*", " ").strip();
        if (!bare.isEmpty() && !bare.equals(c.name()) && !out.contains(bare)) {
            out.add(bare);
        }
        inBracketInstead(c.name()).filter(n -> !out.contains(n)).ifPresent(out::add);
        same(c).all().stream().filter(n -> !out.contains(n)).forEach(out::add);
        return out;
    }

    /** A word in brackets inside a name, before its last words: another word for the one before it. */
    private static final java.util.regex.Pattern BRACKET_INSIDE =
            java.util.regex.Pattern.compile("^(.*?)[^\\s()]+\\s*\\(([^()\\s]+(?:\\s[^()\\s]+)?)\\)\\s+([^()]*\\S)$");

    /** "Concentrated (niche) marketing": the student's own card says "niche marketing" as well. */
    static java.util.Optional<String> inBracketInstead(String name) {
        java.util.regex.Matcher m = BRACKET_INSIDE.matcher(name.strip());
        return m.matches()
                ? java.util.Optional.of(m.group(1) + m.group(2) + " " + m.group(3))
                : java.util.Optional.empty();
    }

    /** What a student may type for the concept: its {@link #otherNames} and the name without the subject's word. */
    List<String> typedNames(Concept c) {
        List<String> out = otherNames(c);
        withoutSubjectWord(c).filter(n -> !out.contains(n)).ifPresent(out::add);
        return out;
    }

    /**
     * "loyalty" for "customer loyalty" in a course where "customer" is the subject's own word
     * ({@link #subjectWord}): the student leaves it out as the course does. Only a two-word name,
     * and only where the head alone is a concept of the graph without a definition of its own:
     * one defined apart ("value") may mean something else than "customer value", and a word no
     * name has ("level" of "service level", "centricity") says less than the name.
     */
    private java.util.Optional<String> withoutSubjectWord(Concept c) {
        List<Words.Span> words = Words.spans(c.name());
        if (words.size() != 2
                || !subjectWord(words.get(0).key())
                || subjectWord(words.get(1).key())) {
            return java.util.Optional.empty();
        }
        String head = c.name().substring(words.get(1).start()).strip();
        Concept other = namesByWords.get(words.get(1).key());
        // the head must be a name of the course ("loyalty"), not a bare word ("level" of "service level")
        boolean named = other != null
                && (other.id().equals(c.id()) || other.definitions().isEmpty());
        return head.length() < MIN_HEAD_LETTERS || !named ? java.util.Optional.empty() : java.util.Optional.of(head);
    }

    private static final int MIN_HEAD_LETTERS = 4;

    /** What is as right for the concept as its own names: another concept stating the same fact, a name of the same model. */
    Equivalents.Same same(Concept c) {
        Map<String, Equivalents.Same> built = equivalents;
        if (built == null) {
            synchronized (this) {
                if (equivalents == null) {
                    equivalents = Equivalents.of(this, namesByWords::get);
                }
                built = equivalents;
            }
        }
        return built.getOrDefault(c.id(), Equivalents.Same.NONE);
    }

    /** {@code text} with each name spelt as most decks spell it. */
    String bestSpelling(String text) {
        return spellings.best(text);
    }

    /** Whether {@code part} is a member of a list headed by one of {@code wholes}. */
    boolean memberOf(String part, Set<String> wholeIds) {
        return wholes.getOrDefault(part, Set.of()).stream().anyMatch(wholeIds::contains);
    }

    /** Known concepts named in {@code text}, longest match at each position. */
    List<Mention> mentions(String text) {
        List<Words.Span> spans = Words.spans(text);
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int longest = Math.min(longestByFirstWord.getOrDefault(spans.get(i).key(), 0), spans.size() - i);
            for (int length = longest; length > 0; length--) {
                Concept named = namesByWords.get(key(spans, i, length));
                if (named != null) {
                    found.add(new Mention(
                            named,
                            spans.get(i).start(),
                            spans.get(i + length - 1).end()));
                    i += length - 1;
                    break;
                }
            }
        }
        return found;
    }

    private static String key(List<Words.Span> spans, int from, int length) {
        StringBuilder b = new StringBuilder(spans.get(from).key());
        for (int k = from + 1; k < from + length; k++) {
            b.append(' ').append(spans.get(k).key());
        }
        return b.toString();
    }
}
