package crmgraph.extract;

import crmgraph.CrmgraphException;
import crmgraph.Regex;
import crmgraph.RelationType;
import crmgraph.read.Card;
import crmgraph.read.DroppedLine;
import crmgraph.read.ReadDeck;
import crmgraph.read.Shapes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts a deck's concepts card by card: the concept each prompt names and its definition, the
 * list in the answer (members become concepts, linked by HAS_PART, in order where the list is
 * ordered, or IS_A for "types of X"), acronyms, statements that define their subject ("X is …",
 * true/false cards), and the words of every definition for mention linking.
 */
public final class CardExtractor implements Extractor {

    private static final Logger LOG = LoggerFactory.getLogger(CardExtractor.class);
    /** The reason of a link from the subject of a question to an item of its listed answer. */
    static final String ANSWER = "answer";

    private static final Pattern WHY = Pattern.compile("(?i)^\\W*(?:why|how come)\\b");

    private static final Pattern VERDICT = Pattern.compile("^(true|false)\\b", Pattern.CASE_INSENSITIVE);
    /** "True or false: …": the question's frame, no part of the statement. */
    private static final Pattern TRUE_OR_FALSE =
            Pattern.compile("(?i)^\\s*(?:true\\s+or\\s+false|t\\s*/\\s*f|true\\s*/\\s*false)\\s*[:?.\\-\u2013]\\s*");

    private static final Pattern BULLET_MARK =
            Pattern.compile("(?m)^\\s*(?:[\u2022\u25AA\u25E6\u25CF\u00B7*+\\-\u2013>]|\\d{1,2}[.)])\\s+");
    private static final Pattern TYPES_OF = Pattern.compile(
            "(?i)\\b(?:types|kinds|forms|categories|sorts)\\s+of\\s+([\\w\\s'-]{2,40}?)\\s+(?:are|include|is)\\b");
    private static final Pattern WHAT_IS_DESCRIPTION =
            Pattern.compile("(?i)^what\\s+(?:is|are)\\s+((?:a|an|the)\\s+.+?)\\s*\\?$");

    /** The rules run on each card; a seam for tests, which give a failing one. */
    private final BiConsumer<Card, Facts> rules;

    public CardExtractor() {
        this(CardExtractor::extractCard);
    }

    CardExtractor(BiConsumer<Card, Facts> rules) {
        this.rules = rules;
    }

    @Override
    public Extraction extract(ReadDeck deck) {
        Facts facts = new Facts();
        List<String> warnings = new ArrayList<>();
        for (Card card : deck.cards()) {
            try {
                rules.accept(card, facts);
            } catch (CrmgraphException e) {
                // not a rule tripping on a card (the language models cannot load): the import fails
                throw e;
            } catch (RuntimeException e) {
                // A rule tripped on unusual text: keep the card's plain reading rather than lose it, and say so.
                warnings.add(failed(deck, card, e));
                facts.concept(Names.clean(card.front()), plainDefinition(card.back()), card.ordinal());
            }
        }
        Acronyms.inferFromInitials(deck, facts);
        facts.dropRepeatedLabels(deck.cards().stream()
                .filter(c -> !c.section().isBlank())
                .map(Card::ordinal)
                .collect(java.util.stream.Collectors.toSet()));
        warnings.addAll(facts.doubts());
        return new Extraction(facts.concepts(), facts.relations(), mentionSources(facts.concepts()), warnings);
    }

    /** What follows a "False" verdict, without the dash, colon or brackets that set it off. */
    private static String correction(String afterVerdict) {
        return Regex.replaceAll(afterVerdict, "^[\\s.!:;,\\-\u2013\u2014(]+|[)\\s]+$", "");
    }

    private static String failed(ReadDeck deck, Card card, RuntimeException e) {
        LOG.warn("Extraction failed on card {} (line {}) of deck {}", card.ordinal(), card.line(), deck.name(), e);
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        String why = e.getClass().getSimpleName()
                + (message.length() > 120 ? message.substring(0, 119) + "\u2026" : message);
        return "card " + card.ordinal() + " (line " + card.line() + "): extraction failed (" + why
                + "); the card is kept with what was found before the failure";
    }

    private static void extractCard(Card read, Facts facts) {
        if (read.kind() == Card.Kind.PASSAGE) {
            Passages.extract(read, facts);
            return;
        }
        Card card = SectionKinds.named(read, facts);
        if (Passages.adjectiveTerm(card, facts)) {
            return;
        }
        String back = card.back();
        expansions(card.front() + "\n" + back, card.ordinal(), facts);
        Matcher verdict = VERDICT.matcher(back.strip());
        if (verdict.find()) {
            String statement = TRUE_OR_FALSE.matcher(card.front()).replaceFirst("");
            boolean truth = verdict.group(1).equalsIgnoreCase("true");
            Statements.read(statement, truth, card.ordinal(), facts);
            if (!truth) {
                // "False – it can raise quality" corrects nothing by name; "False – churn is …" is a statement of its
                // own
                Statements.read(correction(back.strip().substring(verdict.end())), true, card.ordinal(), facts);
            }
            return;
        }
        Optional<Choices.Question> choice = Choices.of(card.front(), back);
        if (choice.isPresent()) {
            Choices.read(choice.get(), card.ordinal(), facts);
            return;
        }
        if (FillIns.applies(card.front())
                && Shapes.describedByName(card.front()).isEmpty()) {
            FillIns.read(card.front(), back, card.ordinal(), facts);
            return;
        }
        if (StandsFor.read(card.front(), back, card.ordinal(), facts)
                || Comparisons.read(card.front(), back, card.ordinal(), facts)
                || KeyTerms.label(card.front()) && KeyTerms.listed(back, card.ordinal(), facts)) {
            return;
        }
        Prompt prompt = describedByAnswer(card.front(), PromptParser.parse(card.front()), back);
        if (prompt.kind() == Prompt.Kind.NAMED_BY_ANSWER) {
            NamedByAnswer.read(prompt, back, card.ordinal(), facts);
            return;
        }
        Answer answer = ListParser.parse(back);
        List<ListItem> members = Members.accept(answer);
        String definition = PromptParser.completed(
                card.front(), members.isEmpty() ? plainDefinition(back) : blankToNull(answer.prose()));
        int c = card.ordinal();
        if (prompt.kind() == Prompt.Kind.DEFINE && Compounds.citation(card.front())) {
            return; // "Sheth, Newman & Gross (1991) – five values …": the authors of what follows, no concepts
        }
        if (prompt.kind() == Prompt.Kind.DEFINE && NoteLabels.is(card.front())) {
            return; // "memory trick: L-D-P …": a remark on the heading above, whose words name nothing
        }
        if (prompt.kind() == Prompt.Kind.DEFINE && Compounds.split(prompt.name(), members, definition, c, facts)) {
            Statements.inDefinition(answer.prose(), null, c, facts);
            return;
        }
        // "There are four contact channels:" leads into instances of a kind, not parts of a whole.
        Optional<String> kindListed =
                prompt.kind() == Prompt.Kind.LEAD_IN ? SentenceLists.kindListed(card.front()) : Optional.empty();
        List<ListItem> inPrompt = members.isEmpty() && prompt.kind() == Prompt.Kind.LEAD_IN
                ? Members.accept(new Answer("", ListParser.series(card.front(), false), false, "series"))
                : List.of();
        int listed = members.isEmpty() ? inPrompt.size() : members.size();
        Optional<String> headingWhole = prompt.kind() == Prompt.Kind.DEFINE && !members.isEmpty()
                ? ListHeading.whole(card.front(), prompt.name(), c, facts)
                : Optional.empty();
        // "Dimensions: accuracy, completeness, …" under "Data quality": the dimensions of data quality
        Optional<String> sectionWhole = prompt.kind() == Prompt.Kind.DEFINE
                        && headingWhole.isEmpty()
                        && (!members.isEmpty()
                                || ListParser.series(back.lines().findFirst().orElse(""), true)
                                                .size()
                                        >= 3)
                ? ListHeading.ofSection(card.section(), prompt.name(), c, facts)
                : Optional.empty();
        if (sectionWhole.isPresent() && members.isEmpty()) {
            members = Members.accept(
                    new Answer("", ListParser.series(back.lines().findFirst().orElse(""), true), false, "series"));
        }
        String parent = switch (prompt.kind()) {
            case DEFINE ->
                headingWhole.orElseGet(() -> named(
                        sectionWhole.orElseGet(() -> asWritten(card.front(), prompt.name())), definition, c, facts));
            case PART, ABOUT -> named(prompt.name(), prompt.kind() == Prompt.Kind.ABOUT ? null : definition, c, facts);
            case TYPES -> named(prompt.name(), null, c, facts);
            case LIST -> named(prompt.name(), members.isEmpty() ? definition : null, c, facts);
            case LEAD_IN ->
                kindListed.isPresent()
                        ? named(kindListed.get(), null, c, facts)
                        : leadIn(card, listed, !inPrompt.isEmpty(), facts);
            case NAMED_BY_ANSWER -> throw new IllegalStateException("read above");
        };
        if (prompt.kind() == Prompt.Kind.PART) {
            facts.concept(prompt.whole(), null, c);
            facts.relation(RelationType.HAS_PART, prompt.whole(), parent, prompt.order(), null, c);
        }
        if (members.isEmpty()) {
            members = inPrompt;
        }
        if (!members.isEmpty() && parent == null) {
            ownerless(members, c, facts);
        } else if (!members.isEmpty()) {
            String owner = parent;
            if ("series".equals(answer.shape()) && prompt.kind() != Prompt.Kind.LEAD_IN) {
                owner = Statements.seriesOwner(answer.prose(), members.get(0).name(), parent, c, facts)
                        .orElse(parent);
            }
            Matcher types = TYPES_OF.matcher(answer.prose());
            boolean kinds = prompt.kind() == Prompt.Kind.TYPES || kindListed.isPresent();
            if (kindListed.isPresent()) {
                members = Members.kindsOf(owner, members);
            }
            if ("series".equals(answer.shape()) && types.find()) {
                owner = Names.clean(types.group(1));
                facts.concept(owner, null, c);
                kinds = true;
                members = Members.kindsOf(owner, members);
            } else if ("series".equals(answer.shape()) && kindsListed(answer.prose(), members)) {
                kinds = true;
                members = Members.formsOf(owner, members);
            }
            // the acronym the members spell is the list's alias; it orders the list only where the members are actions
            boolean spelled = Acronyms.spelledBy(card.front() + " " + owner, members, c, owner, facts);
            boolean ordered = !answer.cut()
                    && (Sequence.written(answer, spelled)
                            || Sequence.named(
                                    card.front() + " " + seriesCue(answer) + " " + Sequence.leadIn(answer.prose()),
                                    members));
            if (prompt.kind() == Prompt.Kind.ABOUT && owner.equals(parent)) {
                // "Why do members stay with a gym they rarely visit?": the answers are reasons
                // ("cancelling feels awkward, costly or slow"), no concepts answering it
                if (!WHY.matcher(card.front()).find()) {
                    answers(owner, members, c, facts);
                }
            } else {
                list(owner, members, ordered, kinds, c, facts);
            }
        }
        if (members.isEmpty() || !answer.prose().isBlank()) {
            Statements.inDefinition(members.isEmpty() ? plainText(back) : answer.prose(), parent, c, facts);
        }
    }

    /** The front itself where it is just the term with an aside ("Gap 1 (knowledge gap)"), so the aside can name it too. */
    private static String asWritten(String front, String name) {
        String whole = Regex.replaceAll(Names.normalise(front), "[?:.!\\s]+$", "");
        return Names.clean(whole).equalsIgnoreCase(name) ? whole : name;
    }

    /**
     * "What is a small segment whose needs no rival meets?" answered "niche": a long description
     * asked as "what is", answered by a short name, describes the answer.
     */
    private static Prompt describedByAnswer(String front, Prompt prompt, String back) {
        Matcher m = WHAT_IS_DESCRIPTION.matcher(Names.normalise(front));
        boolean asked = prompt.kind() == Prompt.Kind.DEFINE || prompt.kind() == Prompt.Kind.ABOUT;
        if (asked
                && m.matches()
                && Names.words(m.group(1)) > 6
                && Names.words(back) <= 4
                && NamedByAnswer.names(back)
                && !back.contains(",")) {
            return new Prompt(Prompt.Kind.NAMED_BY_ANSWER, m.group(1), null, null);
        }
        return prompt;
    }

    /**
     * "X takes many forms - performance, physical, …": a series right after a plural noun of kinds
     * names kinds of the owner, not its parts.
     */
    private static boolean kindsListed(String prose, List<ListItem> members) {
        return Pattern.compile("(?i)\\b(?:types|kinds|forms|sorts|categories|varieties)\\s*(?:[:=]|\\s[-\u2013])\\s*"
                        + Pattern.quote(members.get(0).name()))
                .matcher(prose)
                .find();
    }

    private static String seriesCue(Answer answer) {
        return "series".equals(answer.shape()) ? answer.prose() : "";
    }

    /** The concept a prompt names, with the acronym written after it as an alias. */
    private static String named(String rawName, String definition, int card, Facts facts) {
        Optional<Names.Synonym> synonym = Names.synonym(Names.normalise(rawName));
        if (synonym.isPresent()) {
            Names.Synonym n = synonym.get();
            facts.concept(
                    n.name(), List.of(n.alias()), definition == null ? null : Names.cleanDefinition(definition), card);
            return n.name();
        }
        String name = Names.clean(rawName);
        if (Names.words(name) > 7) {
            String head = PromptParser.nounPhrase(name);
            name = head.isEmpty() || Names.words(head) > 7 ? PromptParser.nounPhraseAfterPreposition(name) : head;
        }
        List<String> aliases = new ArrayList<>();
        Optional<Names.Expansion> acronym = Names.trailingAcronym(name);
        if (acronym.isPresent()) {
            aliases.add(acronym.get().acronym());
            name = name.substring(0, name.lastIndexOf('(')).strip();
        }
        name = Regex.replaceAll(name, "\\s*\\([^()]*\\)", "").strip();
        facts.concept(name, aliases, definition == null ? null : Names.cleanDefinition(definition), card);
        return name;
    }

    /**
     * The whole a lead-in names, or where it names none (a statement before the list, a count
     * that is not the list's), the card's section heading if that is a noun phrase; null when there is neither: the
     * members stay concepts without a whole, and the report says so.
     */
    private static String leadIn(Card card, int members, boolean inPrompt, Facts facts) {
        Statements.inDefinition(card.front(), null, card.ordinal(), facts);
        Optional<String> name = LeadIn.listName(card.front(), members, inPrompt, card.ordinal(), facts);
        if (name.isPresent() || members == 0) {
            return name.orElse(null);
        }
        String heading = card.section() == null ? "" : Names.clean(lastHeading(card.section()));
        Tagged tagged = Tagged.of(heading);
        if (!heading.isEmpty() && Phrases.nounPhraseOnly(tagged, 0, tagged.size())) {
            facts.concept(heading, null, card.ordinal());
            facts.doubt(
                    card.ordinal(),
                    "list kept under the heading \"" + heading + "\": the sentence before it does not name it");
            return heading;
        }
        facts.doubt(card.ordinal(), "list left without a whole: the sentence before it does not name it");
        return null;
    }

    private static String lastHeading(String section) {
        String[] path = Regex.split(section, " \u203A ");
        return path.length == 0 ? "" : path[path.length - 1];
    }

    /** The members as concepts, and their links to the owner (none when the list has no owner). */
    private static void list(
            String owner, List<ListItem> members, boolean ordered, boolean kinds, int card, Facts facts) {
        int order = 1;
        for (ListItem m : members) {
            String name = Names.clean(m.name());
            facts.concept(name, m.explained() ? Names.cleanDefinition(m.explanation()) : null, card);
            if (owner == null) {
                continue;
            }
            if (kinds) {
                facts.relation(RelationType.IS_A, name, owner, null, "type", card);
            } else {
                facts.relation(RelationType.HAS_PART, owner, name, ordered ? order : null, null, card);
            }
            order++;
        }
    }

    /**
     * Items under a front that names no whole ("Value from the feelings it creates: fun, comfort,
     * …"): an item the card explains is a concept with its definition; a bare one is an example of
     * something unnamed, known by nothing but its name here, so it is no concept of its own. The
     * import report says so, naming the card.
     */
    private static void ownerless(List<ListItem> members, int card, Facts facts) {
        List<String> bare = new ArrayList<>();
        for (ListItem m : members) {
            if (m.explained()) {
                facts.concept(Names.clean(m.name()), Names.cleanDefinition(m.explanation()), card);
            } else {
                bare.add(Names.clean(m.name()));
            }
        }
        if (!bare.isEmpty()) {
            facts.doubt(
                    card, "a list under a front that names no whole, read as no concepts: " + String.join(", ", bare));
        }
    }

    /**
     * The items answering a question about X ("How do you measure X?", "Who developed X?"): they
     * are what the question asks for (measures, authors, reasons), not X's parts, so they are
     * only related to X.
     */
    private static void answers(String subject, List<ListItem> members, int card, Facts facts) {
        for (ListItem m : members) {
            String name = Names.clean(m.name());
            facts.concept(name, m.explained() ? Names.cleanDefinition(m.explanation()) : null, card);
            facts.relation(RelationType.RELATED_TO, subject, name, null, ANSWER, card);
        }
    }

    /** "Service Level Agreement (SLA)" anywhere on a card: the name with its acronym. */
    private static void expansions(String text, int card, Facts facts) {
        for (Names.Expansion e : Names.expansions(Names.normalise(text))) {
            facts.concept(Names.clean(e.name()), List.of(e.acronym()), null, card);
        }
    }

    /** An answer as a definition: page references and bullet marks removed, wording kept. */
    private static String plainDefinition(String back) {
        return blankToNull(plainText(back));
    }

    private static String plainText(String back) {
        return Names.cleanDefinition(BULLET_MARK.matcher(back).replaceAll(""));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The words of each definition, for mention links. */
    private static List<MentionSource> mentionSources(List<ConceptFact> concepts) {
        List<MentionSource> out = new ArrayList<>();
        for (ConceptFact f : concepts) {
            if (!f.hasDefinition()) {
                continue;
            }
            List<String> tokens = new ArrayList<>();
            List<String> lemmas = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (Tagged s : Tagged.sentences(f.definition())) {
                for (int i = 0; i < s.size(); i++) {
                    tokens.add(s.token(i));
                    lemmas.add(s.lemmas().get(i));
                    tags.add(s.tag(i));
                }
                tokens.add(".");
                lemmas.add(".");
                tags.add("PUNCT");
            }
            out.add(new MentionSource(f.name(), f.card(), tokens, lemmas, tags));
        }
        return out;
    }

    /** Counts how often each lower-cased phrase occurs in the deck's text, titles included. */
    static Map<String, Integer> phraseCounts(ReadDeck deck, List<String> phrases) {
        StringBuilder all = new StringBuilder();
        deck.dropped().stream()
                .filter(d -> d.kind() == DroppedLine.Kind.FURNITURE)
                .forEach(d -> all.append(d.text()).append('\n'));
        deck.cards()
                .forEach(
                        c -> all.append(c.front()).append('\n').append(c.back()).append('\n'));
        String text = all.toString().toLowerCase(Locale.ROOT).replace('-', ' ');
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String p : phrases) {
            String stem = Regex.replaceAll(p.toLowerCase(Locale.ROOT).replace('-', ' '), "s$", "");
            counts.put(p, text.split(Pattern.quote(stem), -1).length - 1);
        }
        return counts;
    }
}
