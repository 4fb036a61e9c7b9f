package crmgraph.quiz;

import crmgraph.graph.StudyMaterial.Concept;
import crmgraph.graph.StudyMaterial.Definition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Multiple choice: which concept a definition describes. Distractors come from the graph only:
 * siblings in the same list, other kinds of the same parent, then concepts sharing neighbours
 * that have the same shape; never an alias or a variant of the answer, never a name that contains
 * the answer or is contained in it, and never two options that look like one concept named shorter
 * and longer ("tiered programme", "tiered loyalty programme").
 */
final class ChoiceItems {

    /** Distractors of a full item: four options. */
    static final int FULL = 3;

    static final int MIN_DISTRACTORS = 2;
    /** Candidates looked at per source; a few fair ones are needed, not every kind of a big parent. */
    private static final int CANDIDATES = 40;

    private final StudyIndex index;
    private final SourceCheck sources;

    private final Agreement agreement;

    ChoiceItems(StudyIndex index, SourceCheck sources, Agreement agreement) {
        this.index = index;
        this.sources = sources;
        this.agreement = agreement;
    }

    /** A choice item with at least {@code fewest} distractors, if the graph gives that many fair ones. */
    Optional<ChoiceItem> of(Concept concept, Definition definition, Forms forms, int fewest) {
        String text = DefinitionText.of(definition.text());
        String masked = forms.mask(text, QuizItem.BLANK);
        if (DefinitionText.words(forms.mask(text, "")) < 3 || blankInside(masked)) {
            return Optional.empty();
        }
        boolean answerPlural = agreement.plural(index.displayName(concept));
        Optional<Boolean> verb = blankWantsPlural(masked);
        if (verb.isPresent() && answerPlural != verb.get()) {
            return Optional.empty(); // "____ often demand …" over "Big customer": the answer itself does not fit
        }
        // "A market in which …" over one singular option among plurals: every option takes the answer's number
        Optional<Boolean> plural =
                verb.isPresent() || SINGULAR_OPENING.matcher(masked).find()
                        ? Optional.of(answerPlural)
                        : Optional.empty();
        List<Concept> distractors = distractors(
                concept,
                forms,
                masked,
                d -> plural.isEmpty() || agreement.plural(index.displayName(d)) == plural.get());
        if (distractors.size() < Math.max(fewest, MIN_DISTRACTORS)) {
            return Optional.empty();
        }
        String id = Ids.of('c', concept.id(), definition.card(), definition.text());
        String answer = asOption(index.displayName(concept));
        List<String> wrong =
                distractors.stream().map(d -> asOption(index.displayName(d))).toList();
        List<String> choices = new ArrayList<>();
        choices.add(answer);
        choices.addAll(wrong);
        Collections.shuffle(choices, new Random(Ids.seed(id)));
        return Optional.of(new ChoiceItem(
                id,
                inContext(concept, question(masked), masked),
                new AnswerKey(answer, index.otherNames(concept), wrong),
                new QuizItem.Source(
                        concept.id(), index.displayName(concept), concept.id(), definition.card(), definition.deck()),
                choices));
    }

    /**
     * An option as the options are written: each opening with a capital, so that the one a deck
     * happened to write in capitals ("Tiered programme" among "coalition programme", "paid
     * programme") does not stand out. A first word with capitals of its own ("eCRM") is kept.
     */
    static String asOption(String name) {
        if (name.isEmpty() || !Character.isLowerCase(name.charAt(0))) {
            return name;
        }
        String first = name.split("[\\s-]", 2)[0];
        boolean ownCapitals = first.codePoints().anyMatch(Character::isUpperCase);
        return ownCapitals ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A definition that opens with its place in a sequence ("step 2: …", "Stage 3 – …"). */
    private static final java.util.regex.Pattern POSITION =
            java.util.regex.Pattern.compile("(?i)^(?:step|stage|phase|level)\\s*\\d{1,2}\\s*[:.\\u2013\\u2014-]");

    /**
     * "step 2: tell buyers apart …" says which step of what only with the model named: the
     * question names the one whole the concept is a part of, where its name does not hint at the
     * answer: not one that shares a word with it, nor an acronym, whose letters with the step's number
     * spell the answer's initial ("IDIC", step 2).
     */
    private String inContext(Concept concept, String question, String masked) {
        List<Concept> wholes = index.wholesOf(concept.id());
        if (!POSITION.matcher(masked).find() || wholes.size() != 1) {
            return question;
        }
        Concept whole = wholes.get(0);
        // "IDIC" beside "step 2" spells the answer's initial: a model named by its steps' letters gives no context
        boolean fit = sources.nameWeakness(whole.name()).isEmpty()
                && StudyIndex.names(whole).stream()
                        .allMatch(n -> crmgraph.nlp.Acronym.in(n).isEmpty())
                && java.util.Collections.disjoint(Forms.stems(whole.name()), Forms.stems(concept.name()));
        return fit
                ? question.replaceFirst(
                        "\\?", java.util.regex.Matcher.quoteReplacement(" (" + index.displayName(whole) + ")?"))
                : question;
    }

    /**
     * The question: "Which concept is this?" over a definition, "Which concept fills the blank?"
     * over one naming its concept ("____ refers to …"), without the article before the blank
     * ("A '____' is …"), which would fit only the options of one number.
     */
    private static String question(String masked) {
        if (!masked.contains(QuizItem.BLANK)) {
            return "Which concept is this? \u201c" + masked + "\u201d";
        }
        return "Which concept fills the blank? \u201c" + withoutArticle(masked) + "\u201d";
    }

    private static String withoutArticle(String masked) {
        return masked.replaceFirst(
                "^(?i:an?|the)\\s+[\"\u201c']?(" + java.util.regex.Pattern.quote(QuizItem.BLANK) + ")[\"\u201d']?",
                "$1");
    }

    /**
     * What the verb after an opening blank wants ("____ often demand …"; "A '____' is …", asked
     * without its article); empty where no blank opens the text or the verb fits both.
     */
    private Optional<Boolean> blankWantsPlural(String masked) {
        String opening = withoutArticle(masked);
        return opening.startsWith(QuizItem.BLANK)
                ? agreement.wantsPlural(opening.substring(QuizItem.BLANK.length()))
                : Optional.empty();
    }

    private static final java.util.regex.Pattern SINGULAR_OPENING =
            java.util.regex.Pattern.compile("^(?i:an?)\\s+\\p{L}");

    /**
     * Siblings and other kinds of the same parent first; concepts that merely share neighbours
     * ("Chatbot" beside "phone encounter") only fill the last place, once two of the answer's own
     * kin are found: options from elsewhere in the graph make the answer plain to see.
     */
    private List<Concept> distractors(
            Concept concept, Forms forms, String prompt, java.util.function.Predicate<Concept> fits) {
        Map<String, Concept> picked = new LinkedHashMap<>();
        List<Concept> kin = new ArrayList<>(index.siblings(concept.id(), CANDIDATES));
        kin.addAll(sameDecksFirst(concept, index.coKinds(concept.id(), CANDIDATES)));
        pick(concept, forms, prompt, kin.stream().filter(fits).toList(), picked);
        if (picked.size() < MIN_DISTRACTORS) {
            return List.of();
        }
        pick(
                concept,
                forms,
                prompt,
                sameDecksFirst(concept, index.sharingNeighbours(concept.id(), CANDIDATES)).stream()
                        .filter(fits)
                        .toList(),
                picked);
        return List.copyOf(picked.values());
    }

    /**
     * Candidates taught in a deck that teaches the concept first: other kinds of a broad parent
     * ("rules", "customers") from the same lecture are the options a lecturer would set beside it
     * ("Gold tier" beside "Lead tier"), those from other topics make the answer plain to see. Within
     * each, those defined least like the answer first.
     */
    private List<Concept> sameDecksFirst(Concept concept, List<Concept> candidates) {
        java.util.Set<String> decks = decks(concept);
        java.util.Set<String> said = definitionStems(concept);
        // within each group, the one whose definitions say least of what the answer's say first: a
        // kin defined in nearly the same words ("promoters" beside "advocates") may be right as well
        record Ranked(Concept concept, boolean elsewhere, int overlap) {}
        return candidates.stream()
                .map(c -> new Ranked(c, java.util.Collections.disjoint(decks(c), decks), overlap(said, c)))
                .sorted(java.util.Comparator.comparing(Ranked::elsewhere).thenComparingInt(Ranked::overlap))
                .map(Ranked::concept)
                .toList();
    }

    /**
     * The stems of a concept's definitions, once per generation: a concept many decks define (a
     * hundred on the benchmark graph) is a candidate option for each of its many kin.
     */
    private final java.util.Map<String, java.util.Set<String>> stemsById =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final java.util.Map<String, java.util.Set<String>> decksById =
            new java.util.concurrent.ConcurrentHashMap<>();

    private java.util.Set<String> definitionStems(Concept c) {
        return stemsById.computeIfAbsent(c.id(), id -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            c.definitions().forEach(d -> out.addAll(Forms.stems(d.text())));
            return java.util.Set.copyOf(out);
        });
    }

    private int overlap(java.util.Set<String> said, Concept candidate) {
        int shared = 0;
        for (String stem : definitionStems(candidate)) {
            shared += said.contains(stem) ? 1 : 0;
        }
        return shared;
    }

    /** The decks a concept appears in, cached: a concept named on thousands of cards is a candidate for many items. */
    private java.util.Set<String> decks(Concept c) {
        return decksById.computeIfAbsent(c.id(), id -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            c.cards().forEach(card -> out.add(card.deck()));
            c.definitions().forEach(d -> out.add(d.deck()));
            return java.util.Set.copyOf(out);
        });
    }

    private void pick(Concept concept, Forms forms, String prompt, List<Concept> pool, Map<String, Concept> picked) {
        for (Concept candidate : pool) {
            if (picked.size() == FULL) {
                return;
            }
            String normal = Words.singular(candidate.name());
            if (!picked.containsKey(normal)
                    && fair(concept, forms, candidate, prompt)
                    && picked.values().stream().noneMatch(p -> oneConcept(p, candidate))) {
                picked.put(normal, candidate);
            }
        }
    }

    /** Two options that are most likely one concept: one name holds the other, or all of its words. */
    private boolean oneConcept(Concept a, Concept b) {
        return index.forms(a).occursIn(b.name()) || sameWordsFewerOrMore(a.name(), b.name());
    }

    /**
     * A definition naming its concept inside ("… linked with certain ____ – what owning …") shows a
     * blank the options must fit, and only the right one does: the name may open it, nothing more.
     */
    private static boolean blankInside(String masked) {
        int at = masked.indexOf(QuizItem.BLANK);
        while (at >= 0) {
            if (DefinitionText.words(masked.substring(0, at)) > 2) {
                return true;
            }
            at = masked.indexOf(QuizItem.BLANK, at + 1);
        }
        return false;
    }

    /**
     * Whether one name's words are all among the other's ("tiered programme", "tiered loyalty
     * programme"): most likely one concept named shorter or longer, so both options would be right.
     */
    static boolean sameWordsFewerOrMore(String a, String b) {
        java.util.Set<String> x = Forms.stems(a);
        java.util.Set<String> y = Forms.stems(b);
        return !x.isEmpty() && !y.isEmpty() && (x.containsAll(y) || y.containsAll(x));
    }

    /**
     * A distractor must not be the answer under another name (nor a concept stating the same fact,
     * {@link Equivalents}), nor give it away, nor be named in the prompt.
     */
    private boolean fair(Concept concept, Forms forms, Concept candidate, String prompt) {
        if (candidate.id().equals(concept.id())
                || index.same(concept).holds(candidate)
                || sources.nameWeakness(candidate.name()).isPresent()
                || sources.loneAdjective(candidate.name())) {
            return false;
        }
        Forms theirs = index.forms(candidate);
        boolean overlaps = StudyIndex.names(candidate).stream().anyMatch(forms::occursIn)
                || StudyIndex.names(concept).stream().anyMatch(theirs::occursIn)
                || sameWordsFewerOrMore(candidate.name(), concept.name());
        return !overlaps && !theirs.occursIn(prompt) && !LeakCheck.opposites(candidate.name(), concept.name());
    }
}
