package crmgraph.quiz;

import crmgraph.BadInputException;
import crmgraph.Hashes;
import crmgraph.graph.QuizQueries;
import crmgraph.graph.ReviewStore;
import crmgraph.graph.StudyMaterial;
import crmgraph.nlp.English;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The quiz as a service: items generated from the graph (cached until the graph changes), quizzes
 * for a concept, a list, a deck or what is due, answers checked and stored as reviews, learner
 * profiles and the Anki export. Knows nothing of HTTP.
 */
public final class QuizService {

    public static final int MAX_QUIZ = 50;
    /** Related concepts a single-concept quiz draws from. */
    private static final int RELATED = 100;

    private static final Pattern LEARNER_ID = Pattern.compile("l-[a-z0-9-]{1,60}");

    private final QuizQueries queries;
    private final ReviewStore reviews;
    private final java.util.function.Supplier<English> language;
    private ItemGenerator generator;
    private AnswerChecker checker;
    private final Fsrs fsrs = new Fsrs();
    private final Clock clock;
    private final ItemBank bank;

    /** A list or model a quiz can start from. */
    public record Topic(String id, String name, int parts) {}

    /** What an answer produced: the verdict, and whether it was stored for a learner. */
    public record Answered(QuizItem item, Verdict verdict, Grade grade, boolean recorded) {}

    public QuizService(
            QuizQueries queries, ReviewStore reviews, java.util.function.Supplier<English> language, Clock clock) {
        this(queries, reviews, language, clock, line -> {});
    }

    /** {@code say}: where a line goes when the items are served from the store, built or stored. */
    public QuizService(
            QuizQueries queries,
            ReviewStore reviews,
            java.util.function.Supplier<English> language,
            Clock clock,
            java.util.function.Consumer<String> say) {
        this.queries = queries;
        this.reviews = reviews;
        this.language = language;
        this.clock = clock;
        this.bank = new ItemBank(
                queries,
                (index, topics) -> generator().generate(index, topics),
                GeneratorVersion.current(),
                ItemBank.FIRST_WAIT,
                say);
    }

    /** Language models load on first use, not when the web app is created. */
    private synchronized ItemGenerator generator() {
        if (generator == null) {
            generator = new ItemGenerator(language.get());
        }
        return generator;
    }

    private synchronized AnswerChecker checker() {
        if (checker == null) {
            checker = new AnswerChecker(language.get());
        }
        return checker;
    }

    /** The production service: the process-wide language models (loaded on first use) and the system clock. */
    public static QuizService of(QuizQueries queries, ReviewStore reviews) {
        return new QuizService(queries, reviews, English::shared, Clock.systemUTC());
    }

    /** The production service, saying on {@code say} when its items are served from the store, built or stored. */
    public static QuizService of(QuizQueries queries, ReviewStore reviews, java.util.function.Consumer<String> say) {
        return new QuizService(queries, reviews, English::shared, Clock.systemUTC(), say);
    }

    /** Every item of the current graph. */
    public List<QuizItem> items() {
        return bank().all();
    }

    public Optional<QuizItem> item(String id) {
        return Optional.ofNullable(bank().find(id));
    }

    /**
     * A quiz on a concept. A list or model (a concept with parts or kinds) gives its list items and
     * its members' items; any other concept gives its own items, then those of its siblings, other
     * kinds of its parents and neighbours, spaced so that feedback never answers the next item.
     */
    public List<QuizItem> forConcept(String conceptId, int limit) {
        ItemBank.Items b = bank();
        int max = Math.max(0, limit);
        // One item per member and round: a quiz of at most MAX_QUIZ items never reaches further members.
        List<String> members =
                b.index().members(conceptId).stream().limit(MAX_QUIZ).toList();
        if (!members.isEmpty()) {
            List<String> order = new ArrayList<>(List.of(conceptId));
            order.addAll(members);
            return QuizPlanner.roundRobin(inScope(b, conceptId, members, max), order, conceptId, max);
        }
        // A round robin takes at most max items of any one concept: the first ones, by type preference.
        List<QuizItem> own = b.ofConcept(conceptId).stream()
                .sorted(QuizPlanner.preference(conceptId))
                .limit(max)
                .toList();
        List<String> related = b.index().related(conceptId, RELATED);
        List<QuizItem> others = QuizPlanner.roundRobin(
                related.stream()
                        .flatMap(c -> b.ofConcept(c).stream().limit(max))
                        .toList(),
                related,
                null,
                max);
        return QuizPlanner.interleave(own, others, max);
    }

    /** The items of a concept, and of the list it heads with its members (the Anki export of a concept). */
    private static List<QuizItem> inScope(ItemBank.Items b, String conceptId, List<String> members, int perConcept) {
        Map<String, QuizItem> out = new LinkedHashMap<>();
        b.ofConcept(conceptId).stream()
                .sorted(QuizPlanner.preference(conceptId))
                .limit(perConcept)
                .forEach(i -> out.put(i.id(), i));
        b.ofTopic(conceptId).forEach(i -> out.put(i.id(), i));
        members.forEach(m -> b.ofConcept(m).stream().limit(perConcept).forEach(i -> out.put(i.id(), i)));
        return List.copyOf(out.values());
    }

    /** A quiz on the facts that came from one deck. */
    public List<QuizItem> forDeck(String deckId, int limit) {
        List<QuizItem> items = bank().ofDeck(deckId);
        return QuizPlanner.spaced(QuizPlanner.roundRobin(items, List.of(), null, Math.max(0, limit)));
    }

    /** Items due now for a learner, most overdue first. */
    public List<QuizItem> due(String learnerId, int limit) {
        Map<String, QuizItem> byId = bank().byId();
        return schedule(learnerId).due(clock.instant()).stream()
                .map(byId::get)
                .filter(java.util.Objects::nonNull)
                .limit(Math.max(0, Math.min(limit, MAX_QUIZ)))
                .toList();
    }

    public Schedule schedule(String learnerId) {
        return Schedule.replay(fsrs, reviews.history(learnerId));
    }

    /** Checks an answer; stores it as a review when a learner is given. */
    public Answered answer(String itemId, String given, boolean hinted, Optional<String> learnerId) {
        QuizItem item = item(itemId).orElseThrow(() -> noSuchItem(itemId));
        Verdict verdict = checker().check(item, given == null ? "" : given);
        Grade grade = Grade.of(verdict.correct(), hinted);
        learnerId.ifPresent(l -> reviews.add(new ReviewStore.NewReview(
                l,
                item.id(),
                item.source().concept(),
                item.type(),
                grade.value(),
                given == null ? "" : given,
                verdict.correct(),
                clock.instant())));
        return new Answered(item, verdict, grade, learnerId.isPresent());
    }

    /** How long after a wrong answer the learner may still overrule the checker on it. */
    public static final java.time.Duration OVERRULE_WINDOW = java.time.Duration.ofHours(1);

    /**
     * Whether the learner may overrule a verdict: a typed answer the checker found wrong without
     * knowing it as anything else (no other concept of the graph, no opposite, not empty). Such an
     * answer may be right in words the notes never use ("80/20 rule" for the Pareto principle),
     * which no checker can tell; the learner can. A choice or an order has only known answers.
     */
    public static boolean overrulable(QuizItem item, Verdict verdict) {
        return verdict.match() == Verdict.Match.WRONG
                && !item.type().equals("choice")
                && !item.type().equals("order");
    }

    /**
     * The learner's word that a wrong answer meant the same as the expected one: it counts as right
     * (GOOD), and the learner's review of it is changed so, when it was their latest answer to the
     * item and given within {@link #OVERRULE_WINDOW}.
     */
    public Answered overrule(String itemId, String given, Optional<String> learnerId) {
        QuizItem item = item(itemId).orElseThrow(() -> noSuchItem(itemId));
        Verdict verdict = check(item, given);
        if (!overrulable(item, verdict)) {
            throw new BadInputException(
                    verdict.correct()
                            ? "this answer is already counted as right"
                            : "this answer cannot be counted as right: " + verdict.feedback());
        }
        boolean recorded = learnerId
                .map(l -> reviews.overrule(
                        l, item.id(), given, Grade.GOOD.value(), clock.instant().minus(OVERRULE_WINDOW)))
                .orElse(false);
        return new Answered(item, countedAsRight(verdict), Grade.GOOD, recorded);
    }

    /** A wrong verdict as the learner overruled it: right, saying what the notes call it. */
    public static Verdict countedAsRight(Verdict wrong) {
        return new Verdict(
                true,
                wrong.expected(),
                "Counted as right, as you said it means the same. Your notes call it \u201c" + wrong.expected()
                        + "\u201d.",
                Verdict.Match.OVERRULED);
    }

    /** Checks without storing anything (re-showing feedback). */
    public Verdict check(QuizItem item, String given) {
        return checker().check(item, given == null ? "" : given);
    }

    /** The learner for a name: the same name always gives the same profile. */
    public ReviewStore.Learner signIn(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > 40 || clean.chars().noneMatch(Character::isLetterOrDigit)) {
            throw new BadInputException("a learner name has 1 to 40 characters, with at least one letter or digit");
        }
        return reviews.learner(learnerId(clean), clean);
    }

    static String learnerId(String name) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        slug = slug.length() > 30 ? slug.substring(0, 30) : slug;
        return "l-" + (slug.isEmpty() ? "" : slug + "-") + Hashes.sha256Prefix(name.toLowerCase(Locale.ROOT), 4);
    }

    public Optional<ReviewStore.Learner> learner(String id) {
        return id != null && LEARNER_ID.matcher(id).matches() ? reviews.find(id) : Optional.empty();
    }

    /** Lists and models (concepts with parts), by name. */
    public List<Topic> topics() {
        StudyIndex index = bank().index();
        return index.lists().entrySet().stream()
                .map(e -> new Topic(
                        e.getKey(),
                        index.concept(e.getKey()).name(),
                        e.getValue().size()))
                .sorted(Comparator.comparing(t -> t.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    public List<QuizQueries.DeckName> decks() {
        return queries.decks();
    }

    public Optional<StudyMaterial.Concept> concept(String id) {
        return Optional.ofNullable(bank().index().concept(id));
    }

    /** The Anki text file of a deck's items. */
    public String ankiForDeck(String deckId) {
        String name = decks().stream()
                .filter(d -> d.id().equals(deckId))
                .map(QuizQueries.DeckName::name)
                .findFirst()
                .orElseThrow(() -> noSuchItem(deckId));
        return AnkiExport.of("crmgraph::" + name, bank().ofDeck(deckId));
    }

    /** The Anki text file of a concept's items (with its list's, when it heads one). */
    public String ankiForConcept(String conceptId) {
        StudyMaterial.Concept c = concept(conceptId).orElseThrow(() -> noSuchItem(conceptId));
        ItemBank.Items b = bank();
        return AnkiExport.of(
                "crmgraph::" + c.name(), inScope(b, conceptId, b.index().members(conceptId), Integer.MAX_VALUE));
    }

    /**
     * At process start: reads the stored items in the background if they were made from the graph as
     * it is now, so quizzes are served within seconds of a restart; nothing more if they were not.
     */
    public void restoreEarly() {
        bank.restoreEarly();
    }

    /** Starts generating the items of the current graph in the background, so the first quiz does not wait. */
    public void prepare() {
        bank.prepare();
    }

    private ItemBank.Items bank() {
        return bank.current();
    }

    /** The quiz items of a large graph are still being generated after the server started: ask again shortly. */
    public static final class NotReady extends RuntimeException {
        /** How long a client should wait before asking again. */
        public static final int RETRY_SECONDS = 5;

        public NotReady() {
            super("the quiz items of this graph are still being prepared (this takes a minute or two on a large graph"
                    + " after the server starts); try again in a few seconds");
        }
    }

    /** An item, concept or deck id that the current graph does not have. */
    /** An item, concept or deck id that names nothing: a 404 page, or {@code {"error"}} under /api. */
    public static BadInputException noSuchItem(String id) {
        return BadInputException.notFound("no such quiz item, concept or deck: " + id);
    }
}
