package crmgraph.resolve;

import crmgraph.extract.ConceptFact;
import crmgraph.extract.Extraction;
import crmgraph.extract.RelationFact;
import crmgraph.nlp.Acronym;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the names of several decks (imported together) and of the concepts already in the
 * graph to one node per concept: names meet on their compact key, acronyms through the aliases
 * cards give, and obvious typos through {@link TypoMatcher}.
 */
public final class Resolver {

    /** The reason of a link between two names of one model, or of one of its members. */
    public static final String SAME_MODEL = "same model";
    /** Its phrase: "IDIC model is also taught as four steps of one-to-one marketing". */
    static final String ALSO_TAUGHT_AS = "is also taught as";

    /** Resolves each deck's extraction; the result lists decks in the same order. */
    public List<ResolvedDeck> resolve(List<Extraction> decks, Collection<KnownConcept> known) {
        Clusters clusters = new Clusters();
        known.forEach(clusters::addKnown);
        decks.forEach(d -> d.concepts().forEach(clusters::addFact));
        decks.forEach(d -> d.relations().forEach(r -> {
            clusters.addName(r.from());
            clusters.addName(r.to());
        }));
        clusters.mergeTypos();
        clusters.mergeAcronyms();
        clusters.mergeAcronymExpansions();
        Map<String, ResolvedConcept> nodes = clusters.nodes();
        Map<String, ResolvedConcept> byKey = new LinkedHashMap<>();
        nodes.values().forEach(n -> byKey.put(n.key(), n));
        Set<String> inImport = new LinkedHashSet<>();
        decks.forEach(d -> d.concepts()
                .forEach(f -> inImport.add(nodes.get(clusters.rootOf(f.name())).key())));
        Lexicon named = new Lexicon(byKey.values());
        SharedHeads.of(List.copyOf(byKey.values()), named, inImport).forEach(byKey::putIfAbsent);
        Lexicon lexicon = new Lexicon(byKey.values());
        Set<String> acronyms = new LinkedHashSet<>();
        byKey.values()
                .forEach(n -> n.aliases().stream()
                        .filter(Acronym::isAcronym)
                        .map(Keys::key)
                        .forEach(acronyms::add));
        byKey.values().stream()
                .map(ResolvedConcept::name)
                .filter(Acronym::isAcronym)
                .map(Keys::key)
                .forEach(acronyms::add);
        Map<String, Set<String>> kindOf = new java.util.HashMap<>();
        known.forEach(k -> kindOf.put(k.key(), k.kindOf()));
        Map<String, SameModels.ModelList> importLists = importLists(decks, clusters, nodes);
        Terms terms = Terms.of(
                byKey.keySet(),
                defined(decks, clusters, nodes),
                acronyms,
                decks.stream().flatMap(d -> d.mentionSources().stream()).toList());
        Map<crmgraph.extract.MentionSource, String> genera = Genus.of(decks, named);
        Derived derived = new Derived(
                lexicon,
                new Mentions(lexicon, acronyms, terms.all()),
                byKey,
                kindOf,
                new java.util.HashSet<>(),
                new SameModels(allLists(known, importLists, byKey)),
                importLists.keySet(),
                terms,
                genera,
                Genus.shared(genera),
                new NameLinks(lexicon, terms.all(), acronyms),
                new java.util.HashSet<>());
        return decks.stream()
                .map(d -> resolveDeck(d, clusters, nodes, derived, inImport))
                .toList();
    }

    /**
     * What the resolver adds on top of the cards' own facts: kinds by head noun, and mentions.
     * {@code knownKindOf} holds the kinds known concepts keep from other decks; {@code kindsOfKnown}
     * collects the links this import makes for known concepts, so only the first deck makes each.
     */
    private record Derived(
            Lexicon lexicon,
            Mentions mentions,
            Map<String, ResolvedConcept> byKey,
            Map<String, Set<String>> knownKindOf,
            Set<String> kindsOfKnown,
            SameModels models,
            Set<String> listedInImport,
            Terms terms,
            Map<crmgraph.extract.MentionSource, String> genera,
            Set<String> kindWords,
            NameLinks names,
            Set<String> namedInImport) {

        /**
         * Whether a deck that names only the supertype should link a concept it does not name:
         * not when the link already exists or an earlier deck of this import made it. Every deck
         * naming "service" used to link every known "... service" again: at 100k cards, 300,000
         * IS_A links for 16,000 concepts, most of the import's writing.
         */
        boolean firstToLinkKnown(String sub, String sup) {
            return !knownKindOf.getOrDefault(sub, Set.of()).contains(sup) && kindsOfKnown.add(sub + "|" + sup);
        }
    }

    /** The keys some card of this import defines. */
    private static Set<String> defined(List<Extraction> decks, Clusters clusters, Map<String, ResolvedConcept> nodes) {
        Set<String> defined = new HashSet<>();
        decks.forEach(d -> d.concepts().stream()
                .filter(ConceptFact::hasDefinition)
                .forEach(f -> defined.add(nodes.get(clusters.rootOf(f.name())).key())));
        return defined;
    }

    /** The lists this import's decks give, by whole (all the parts where several decks list one whole). */
    private static Map<String, SameModels.ModelList> importLists(
            List<Extraction> decks, Clusters clusters, Map<String, ResolvedConcept> nodes) {
        Map<String, SameModels.ModelList> lists = new LinkedHashMap<>();
        for (Extraction deck : decks) {
            Map<String, List<RelationFact>> parts = new LinkedHashMap<>();
            deck.relations().stream()
                    .filter(r -> r.type() == crmgraph.RelationType.HAS_PART)
                    .forEach(r -> parts.computeIfAbsent(
                                    nodes.get(clusters.rootOf(r.from())).key(), k -> new ArrayList<>())
                            .add(r));
            parts.forEach(
                    (whole, facts) -> lists.merge(whole, modelList(whole, facts, clusters, nodes), Resolver::union));
        }
        return lists;
    }

    private static SameModels.ModelList union(SameModels.ModelList a, SameModels.ModelList b) {
        List<String> parts = new ArrayList<>(a.parts());
        b.parts().stream().filter(p -> !parts.contains(p)).forEach(parts::add);
        return new SameModels.ModelList(a.whole(), parts, a.ordered() && b.ordered());
    }

    private static SameModels.ModelList modelList(
            String whole, List<RelationFact> facts, Clusters clusters, Map<String, ResolvedConcept> nodes) {
        List<String> parts = facts.stream()
                .sorted(java.util.Comparator.comparing(
                        (RelationFact r) -> r.order() == null ? Integer.MAX_VALUE : r.order()))
                .map(r -> nodes.get(clusters.rootOf(r.to())).key())
                .distinct()
                .toList();
        return new SameModels.ModelList(whole, parts, facts.stream().anyMatch(r -> r.order() != null));
    }

    /** Every list the graph will hold: this import's with the parts other decks give the same wholes. */
    private static List<SameModels.ModelList> allLists(
            Collection<KnownConcept> known,
            Map<String, SameModels.ModelList> importLists,
            Map<String, ResolvedConcept> byKey) {
        Map<String, SameModels.ModelList> all = new LinkedHashMap<>(importLists);
        for (KnownConcept k : known) {
            if (!k.parts().isEmpty()
                    && byKey.containsKey(k.key())
                    && k.parts().stream().allMatch(byKey::containsKey)) {
                all.merge(k.key(), new SameModels.ModelList(k.key(), k.parts(), k.partsOrdered()), Resolver::union);
            }
        }
        return List.copyOf(all.values());
    }

    private ResolvedDeck resolveDeck(
            Extraction deck,
            Clusters clusters,
            Map<String, ResolvedConcept> nodes,
            Derived derived,
            Set<String> inImport) {
        Map<String, ResolvedConcept> touched = new LinkedHashMap<>();
        List<ResolvedDeck.Definition> definitions = new ArrayList<>();
        Set<ResolvedDeck.Mention> mentions = new LinkedHashSet<>();
        for (ConceptFact fact : deck.concepts()) {
            ResolvedConcept node = nodes.get(clusters.rootOf(fact.name()));
            touched.put(node.key(), node);
            mentions.add(new ResolvedDeck.Mention(node.key(), fact.card()));
            if (fact.hasDefinition()) {
                definitions.add(new ResolvedDeck.Definition(
                        node.key(), fact.definition().strip(), fact.card()));
            }
        }
        Set<ResolvedDeck.Relation> relations = new LinkedHashSet<>();
        for (RelationFact r : deck.relations()) {
            ResolvedConcept from = nodes.get(clusters.rootOf(r.from()));
            ResolvedConcept to = nodes.get(clusters.rootOf(r.to()));
            if (from.key().equals(to.key())) {
                continue;
            }
            touched.put(from.key(), from);
            touched.put(to.key(), to);
            mentions.add(new ResolvedDeck.Mention(from.key(), r.card()));
            mentions.add(new ResolvedDeck.Mention(to.key(), r.card()));
            if (r.type() == crmgraph.RelationType.HAS_PART
                    && r.order() == null
                    && Kinds.supertype(to.key(), derived.lexicon())
                            .filter(from.key()::equals)
                            .isPresent()) {
                // "The five values: functional value, social value, …" lists kinds, not parts
                relations.add(new ResolvedDeck.Relation(
                        crmgraph.RelationType.IS_A, to.key(), from.key(), null, "head noun", r.card()));
                continue;
            }
            relations.add(new ResolvedDeck.Relation(r.type(), from.key(), to.key(), r.order(), r.reason(), r.card()));
        }
        derive(deck, clusters, nodes, derived, inImport, touched, relations);
        relations.removeIf(r -> noteLine(r.from(), derived) || noteLine(r.to(), derived));
        // a concept only a removed link touched (a category of shared heads) is not written
        Set<String> kept = new java.util.HashSet<>();
        mentions.forEach(m -> kept.add(m.concept()));
        relations.forEach(r -> {
            kept.add(r.from());
            kept.add(r.to());
        });
        touched.keySet().retainAll(kept);
        return new ResolvedDeck(
                List.copyOf(touched.values()), definitions, List.copyOf(mentions), List.copyOf(relations));
    }

    private static boolean noteLine(String key, Derived derived) {
        ResolvedConcept node = derived.byKey().get(key);
        return node != null && NoteLines.isNoteLine(node.name());
    }

    /** Head-noun kinds and mentions for the concepts this deck names. */
    private static void derive(
            Extraction deck,
            Clusters clusters,
            Map<String, ResolvedConcept> nodes,
            Derived derived,
            Set<String> inImport,
            Map<String, ResolvedConcept> touched,
            Set<ResolvedDeck.Relation> relations) {
        Set<String> linked = new java.util.HashSet<>();
        relations.forEach(r -> {
            linked.add(r.from() + "|" + r.to());
            linked.add(r.to() + "|" + r.from());
        });
        Map<String, Integer> firstCard = new LinkedHashMap<>();
        deck.concepts()
                .forEach(f -> firstCard.putIfAbsent(
                        nodes.get(clusters.rootOf(f.name())).key(), f.card()));
        Map<String, List<crmgraph.extract.MentionSource>> definedBy = new java.util.HashMap<>();
        deck.mentionSources()
                .forEach(m -> definedBy
                        .computeIfAbsent(nodes.get(clusters.rootOf(m.concept())).key(), k -> new ArrayList<>())
                        .add(m));
        for (ResolvedConcept node : derived.byKey().values()) {
            java.util.Optional<String> sup = Kinds.supertype(node.key(), node.name(), derived.lexicon());
            if (sup.isEmpty() || linked.contains(node.key() + "|" + sup.get())) {
                continue;
            }
            java.util.Optional<ResolvedDeck.Relation> aspect =
                    aspectLink(node.key(), sup.get(), definedBy.getOrDefault(node.key(), List.of()));
            if (aspect.isPresent()) {
                add(aspect.get(), derived, touched, relations, linked);
                continue;
            }
            Integer card = firstCard.get(node.key());
            if (card == null
                    && !inImport.contains(node.key())
                    && firstCard.containsKey(sup.get())
                    && derived.firstToLinkKnown(node.key(), sup.get())) {
                card = firstCard.get(sup.get());
            }
            if (card != null) {
                add(
                        new ResolvedDeck.Relation(
                                crmgraph.RelationType.IS_A, node.key(), sup.get(), null, "head noun", card),
                        derived,
                        touched,
                        relations,
                        linked);
            }
        }
        sameModels(relations, derived, touched, linked);
        // A one-word term not rare across the import is a term of the deck that defines it: elsewhere
        // the same word is as often the everyday word ("people"), so only that deck's definitions
        // mention it (see Terms).
        Set<String> definedHere = defined(List.of(deck), clusters, nodes);
        for (crmgraph.extract.MentionSource source : deck.mentionSources()) {
            ResolvedConcept from = nodes.get(clusters.rootOf(source.concept()));
            java.util.Optional.ofNullable(derived.genera().get(source))
                    .filter(kind -> kind.contains(" ") || derived.kindWords().contains(kind))
                    .filter(kind -> !kind.equals(from.key()) && !linked.contains(from.key() + "|" + kind))
                    .ifPresent(kind -> add(
                            new ResolvedDeck.Relation(
                                    crmgraph.RelationType.IS_A, from.key(), kind, null, "genus", source.card()),
                            derived,
                            touched,
                            relations,
                            linked));
            for (Mentions.Found mention : derived.mentions().found(source)) {
                String to = mention.key();
                if (derived.terms().local(to) && !definedHere.contains(to)) {
                    continue;
                }
                if (!to.equals(from.key()) && !linked.contains(from.key() + "|" + to)) {
                    String phrase = RelationPhrase.before(source, mention.token(), mention.end())
                            .orElse(null);
                    add(
                            new ResolvedDeck.Relation(
                                    crmgraph.RelationType.RELATED_TO,
                                    from.key(),
                                    to,
                                    null,
                                    "mention",
                                    source.card(),
                                    phrase),
                            derived,
                            touched,
                            relations,
                            linked);
                }
            }
        }
        // after the definitions' mentions, which may say how the two relate
        nameLinks(firstCard, derived, touched, relations, linked);
    }

    /**
     * "Predicted service: the level of service customers believe …": a level of service, no kind of
     * it, linked as its first such definition says ("is a level of").
     */
    private static java.util.Optional<ResolvedDeck.Relation> aspectLink(
            String key, String kind, List<crmgraph.extract.MentionSource> definitions) {
        for (crmgraph.extract.MentionSource m : definitions) {
            java.util.Optional<String> noun = Genus.aspectOf(m, kind);
            if (noun.isPresent()) {
                String phrase = (noun.get().matches("[aeiou].*") ? "is an " : "is a ") + noun.get() + " of";
                return java.util.Optional.of(new ResolvedDeck.Relation(
                        crmgraph.RelationType.RELATED_TO, key, kind, null, "mention", m.card(), phrase));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Links each concept this deck names to the known concepts its name is built on ({@link
     * NameLinks}): "churn model" to churn; and a name negating another's to it as its opposite
     * ({@link Opposites}). The first deck of the import naming a concept makes its links.
     */
    private static void nameLinks(
            Map<String, Integer> firstCard,
            Derived derived,
            Map<String, ResolvedConcept> touched,
            Set<ResolvedDeck.Relation> relations,
            Set<String> linked) {
        firstCard.forEach((key, card) -> {
            ResolvedConcept node = derived.byKey().get(key);
            Opposites.of(key, derived.lexicon())
                    .filter(base -> !linked.contains(key + "|" + base)
                            && derived.namedInImport().add(key + "|" + base))
                    .ifPresent(base -> add(
                            new ResolvedDeck.Relation(
                                    crmgraph.RelationType.RELATED_TO,
                                    key,
                                    base,
                                    null,
                                    "opposite",
                                    card,
                                    Opposites.PHRASE),
                            derived,
                            touched,
                            relations,
                            linked));
            for (String other : derived.names().in(key, node.name())) {
                if (!linked.contains(key + "|" + other)
                        && derived.namedInImport().add(key + "|" + other)) {
                    add(
                            new ResolvedDeck.Relation(crmgraph.RelationType.RELATED_TO, key, other, null, "name", card),
                            derived,
                            touched,
                            relations,
                            linked);
                }
            }
        });
    }

    /**
     * Links each list of this deck to the lists that teach the same model under another name, and
     * their members pairwise where they are named differently ("Identify" and "Identify your
     * prospects"). A pair of lists both in this import is linked once, from the first whole by key.
     */
    private static void sameModels(
            Set<ResolvedDeck.Relation> relations,
            Derived derived,
            Map<String, ResolvedConcept> touched,
            Set<String> linked) {
        Map<String, Integer> firstCard = new LinkedHashMap<>();
        relations.stream()
                .filter(r -> r.type() == crmgraph.RelationType.HAS_PART)
                .forEach(r -> firstCard.putIfAbsent(r.from(), r.card()));
        firstCard.forEach((whole, card) -> {
            for (SameModels.Twin twin : derived.models().twins(whole)) {
                if (derived.listedInImport().contains(twin.other())
                        && twin.other().compareTo(whole) < 0) {
                    continue;
                }
                sameModel(whole, twin.other(), card, derived, touched, relations, linked);
                twin.members().stream()
                        .filter(m -> !m.member().equals(m.other()))
                        .forEach(m -> sameModel(m.member(), m.other(), card, derived, touched, relations, linked));
            }
        });
    }

    private static void sameModel(
            String from,
            String to,
            int card,
            Derived derived,
            Map<String, ResolvedConcept> touched,
            Set<ResolvedDeck.Relation> relations,
            Set<String> linked) {
        if (!linked.contains(from + "|" + to)) {
            add(
                    new ResolvedDeck.Relation(
                            crmgraph.RelationType.RELATED_TO, from, to, null, SAME_MODEL, card, ALSO_TAUGHT_AS),
                    derived,
                    touched,
                    relations,
                    linked);
        }
    }

    private static void add(
            ResolvedDeck.Relation r,
            Derived derived,
            Map<String, ResolvedConcept> touched,
            Set<ResolvedDeck.Relation> relations,
            Set<String> linked) {
        relations.add(r);
        linked.add(r.from() + "|" + r.to());
        linked.add(r.to() + "|" + r.from());
        touched.putIfAbsent(r.from(), derived.byKey().get(r.from()));
        touched.putIfAbsent(r.to(), derived.byKey().get(r.to()));
    }

    /** Union-find over compact keys, remembering every surface form seen for each. */
    private static final class Clusters {
        private final Map<String, String> parent = new HashMap<>();
        private final Map<String, Surface> surfaces = new LinkedHashMap<>();
        private final Map<String, KnownConcept> knownByCompact = new HashMap<>();
        /** Acronym aliases and the names that claim them, joined only once every claim is known. */
        private final Map<String, Set<String>> acronymClaims = new LinkedHashMap<>();

        void addKnown(KnownConcept concept) {
            String c = Keys.compact(concept.key());
            knownByCompact.put(c, concept);
            add(concept.name(), 1, false);
            union(c, Keys.compact(Keys.key(concept.name())));
            for (String alias : concept.aliases()) {
                addAlias(c, alias);
            }
        }

        void addFact(ConceptFact fact) {
            add(fact.name(), 1, false);
            for (String alias : fact.aliases()) {
                addAlias(compactOf(fact.name()), alias);
            }
        }

        private void addAlias(String nameCompact, String alias) {
            add(alias, 1, true);
            if (Acronym.isAcronym(alias)) {
                acronymClaims
                        .computeIfAbsent(compactOf(alias), k -> new LinkedHashSet<>())
                        .add(nameCompact);
            } else {
                union(nameCompact, compactOf(alias));
            }
        }

        /**
         * Joins each acronym to the names that claim it, unless they are different concepts: "CP"
         * given for both "customer process" and "complaint policy" is ambiguous, and joining through
         * it would make one node of every name with those initials. Names that share most of their
         * words ("customer lifetime value", "lifetime value of a customer") are one concept in other
         * words and are joined. An ambiguous acronym is nobody's alias (a card that defines it as a
         * name still makes it a concept of its own).
         */
        void mergeAcronyms() {
            acronymClaims.forEach((acronym, claimants) -> {
                List<String> names = claimants.stream()
                        .map(this::find)
                        .distinct()
                        .map(root -> surfaces.get(root) == null
                                ? root
                                : surfaces.get(root).key(root))
                        .toList();
                if (names.size() == 1 || sameWords(names)) {
                    claimants.forEach(c -> union(c, acronym));
                } else if (surfaces.containsKey(acronym) && !surfaces.get(acronym).named) {
                    surfaces.remove(acronym);
                }
            });
        }

        /**
         * Whether every two names hold the same words but for small ones, one name's all among the
         * other's ("customer lifetime value", "lifetime value of a customer"). Names that differ in a
         * word of their own ("customer portfolio analysis", "customer profitability analysis") are
         * two concepts, however many words they share.
         */
        private static boolean sameWords(List<String> names) {
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    Set<String> a = contentWords(names.get(i));
                    Set<String> b = contentWords(names.get(j));
                    if (!a.containsAll(b) && !b.containsAll(a)) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static final Set<String> SMALL_WORDS =
                Set.of("of", "a", "an", "the", "for", "to", "in", "and", "on", "by");

        private static Set<String> contentWords(String name) {
            Set<String> words = new HashSet<>(List.of(name.split(" ")));
            words.removeAll(SMALL_WORDS);
            return words;
        }

        void addName(String name) {
            add(name, 0, false);
        }

        private void add(String name, int weight, boolean alias) {
            String c = compactOf(name);
            parent.putIfAbsent(c, c);
            surfaces.computeIfAbsent(c, k -> new Surface()).see(name.strip(), weight, alias);
        }

        void mergeTypos() {
            Set<String> capitals = new HashSet<>();
            surfaces.values()
                    .forEach(s -> s.forms.keySet().forEach(form -> {
                        for (String word : form.split("[\\s/-]+")) {
                            if (word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
                                capitals.add(word.toLowerCase(java.util.Locale.ROOT));
                            }
                        }
                    }));
            TypoMatcher.pairs(
                            surfaces.keySet().stream()
                                    .map(c -> surfaces.get(c).key(c))
                                    .toList(),
                            capitals)
                    .forEach(p -> union(Keys.compact(p.a()), Keys.compact(p.b())));
        }

        /**
         * "CRM cycle" and "customer relationship management cycle" are one name when CRM is known
         * as that acronym: every name holding an acronym is expanded and joined to its expansion
         * where that exists.
         */
        void mergeAcronymExpansions() {
            Map<String, String> longestOfRoot = new HashMap<>();
            for (String c : surfaces.keySet()) {
                String key = surfaces.get(c).key(c);
                longestOfRoot.merge(find(c), key, (a, b) -> b.length() > a.length() ? b : a);
            }
            Map<String, String> expansion = new HashMap<>();
            for (Map.Entry<String, Surface> e : surfaces.entrySet()) {
                for (String alias : e.getValue().aliases) {
                    String a = Keys.key(alias);
                    String longest = longestOfRoot.get(find(e.getKey()));
                    if (longest != null && !a.contains(" ") && !longest.equals(a)) {
                        expansion.putIfAbsent(a, longest);
                    }
                }
            }
            for (String c : List.copyOf(surfaces.keySet())) {
                String key = surfaces.get(c).key(c);
                String[] words = key.split(" ");
                if (words.length < 2) {
                    continue;
                }
                StringBuilder expanded = new StringBuilder();
                boolean changed = false;
                for (String w : words) {
                    String x = expansion.get(w);
                    changed |= x != null;
                    expanded.append(expanded.length() == 0 ? "" : " ").append(x != null ? x : w);
                }
                String target = Keys.compact(expanded.toString());
                if (changed && surfaces.containsKey(target)) {
                    union(target, c);
                }
            }
        }

        String rootOf(String name) {
            return find(compactOf(name));
        }

        Map<String, ResolvedConcept> nodes() {
            Map<String, List<String>> members = new LinkedHashMap<>();
            for (String c : surfaces.keySet()) {
                members.computeIfAbsent(find(c), k -> new ArrayList<>()).add(c);
            }
            Map<String, ResolvedConcept> nodes = new HashMap<>();
            members.forEach((root, cs) -> nodes.put(root, node(cs)));
            return nodes;
        }

        private ResolvedConcept node(List<String> compacts) {
            Map<String, Integer> forms = new LinkedHashMap<>();
            Set<String> acronyms = new LinkedHashSet<>();
            for (String c : compacts) {
                surfaces.get(c).forms.forEach((form, n) -> forms.merge(form, n, Integer::sum));
                acronyms.addAll(surfaces.get(c).aliases);
            }
            String name = DisplayName.choose(forms, acronyms);
            String key = compacts.stream()
                    .map(knownByCompact::get)
                    .filter(java.util.Objects::nonNull)
                    .map(KnownConcept::key)
                    .findFirst()
                    .orElse(Keys.key(name));
            List<String> aliases = forms.keySet().stream()
                    .filter(f -> !Keys.key(f).equals(Keys.key(name)))
                    .collect(java.util.stream.Collectors.toMap(Keys::key, f -> f, (a, b) -> a, LinkedHashMap::new))
                    .values()
                    .stream()
                    .toList();
            return new ResolvedConcept(key, Keys.id(key), name, aliases);
        }

        private static String compactOf(String name) {
            return Keys.compact(Keys.key(name));
        }

        private String find(String c) {
            String p = parent.getOrDefault(c, c);
            while (!p.equals(parent.getOrDefault(p, p))) {
                p = parent.get(p);
            }
            parent.put(c, p);
            return p;
        }

        private void union(String a, String b) {
            parent.putIfAbsent(a, a);
            parent.putIfAbsent(b, b);
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(rb, ra);
            }
        }
    }

    /** The surface forms seen for one compact key, with how often each was used as a name. */
    private static final class Surface {
        private final Map<String, Integer> forms = new LinkedHashMap<>();
        private final Set<String> aliases = new LinkedHashSet<>();
        /** Seen as a name somewhere, not only as an alias. */
        private boolean named;

        private String key;

        void see(String form, int weight, boolean alias) {
            forms.merge(form, weight, Integer::sum);
            if (alias) {
                aliases.add(form);
            } else {
                named = true;
            }
            if (key == null) {
                key = Keys.key(form);
            }
        }

        String key(String compact) {
            return key == null ? compact : key;
        }
    }
}
