package crmgraph.quiz;

import crmgraph.graph.StudyMaterial.Concept;
import crmgraph.graph.StudyMaterial.Definition;
import crmgraph.nlp.English;
import crmgraph.nlp.Token;
import crmgraph.nlp.WordForms;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Term cloze: a definition recast so the term is the blank. A definition that already names its
 * term has the name blanked; one that starts with a noun phrase gets "____ is/are"; one that starts
 * with a verb ("focuses on …", "is …") gets the blank as its subject. A member of one list is asked
 * within it ("(RFM analysis) ____ is how recently …"): its definition alone often fits other answers.
 */
final class TermClozes {

    private static final int MIN_WORDS = 2;
    /** Siblings the checker refuses as answers; beyond this a parent's kinds are too many to be confusable. */
    private static final int CLOSE_BUT_WRONG = 200;

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "being", "been");
    private static final Set<String> RELATIVE = Set.of("that", "which", "who", "whom", "whose", "where", "when");
    private static final Set<String> WH = Set.of("who", "what", "when", "where", "why", "how", "which", "whose");
    /** A name of at most four words of letters, digits, hyphens and apostrophes: a term, not a heading. */
    private static final Pattern PLAIN_TERM =
            Pattern.compile("[\\p{L}\\p{N}'\u2019-]+(?: [\\p{L}\\p{N}'\u2019&-]+){0,3}");

    private static final Set<String> CLAUSE_OPENERS = Set.of("ADP", "SCONJ", "PART", "CCONJ", "PUNCT", "INTJ", "SYM");

    private final English language;
    private final StudyIndex index;
    private final SourceCheck sources;

    TermClozes(English language, StudyIndex index, SourceCheck sources) {
        this.language = language;
        this.index = index;
        this.sources = sources;
    }

    Optional<TermCloze> of(Concept concept, Definition definition, Forms forms) {
        String text = DefinitionText.of(definition.text());
        if (DefinitionText.words(forms.mask(text, "")) < MIN_WORDS) {
            return Optional.empty();
        }
        String masked = forms.mask(text, QuizItem.BLANK);
        boolean named = masked.strip().startsWith(QuizItem.BLANK);
        // the noun phrase the definition opens with, read once: the answer's number and the prompt's verb follow it
        Optional<Head> head = named ? Optional.empty() : leadingHead(Sentences.lowerFirst(text));
        String answer = named ? index.displayName(concept) : agreeing(index.displayName(concept), head);
        String prompt = named ? oneBlank(masked) : withSubject(answer, head, concept, text, forms);
        if (!prompt.contains(QuizItem.BLANK) || forms.occursIn(prompt) || blanksElsewhere(prompt)) {
            return Optional.empty();
        }
        List<String> accepted = new java.util.ArrayList<>(index.typedNames(concept));
        if (!answer.equals(index.displayName(concept))) {
            accepted.add(0, index.displayName(concept));
        }
        AnswerKey key = new AnswerKey(answer, accepted, closeButWrong(concept));
        if (!key.spelledOut()) {
            return Optional.empty();
        }
        String id = Ids.of('t', concept.id(), definition.card(), definition.text());
        TermCloze whole = new TermCloze(
                id,
                inContext(concept, definition, prompt),
                key,
                new QuizItem.Source(
                        concept.id(), index.displayName(concept), concept.id(), definition.card(), definition.deck()));
        return LeakCheck.leak(whole).isEmpty()
                ? echoFree(whole).map(item -> withHeadShown(concept, item).orElse(item))
                : modifierOnly(whole);
    }

    /**
     * A kind named by its parent's name with a word before it ("Predictive CLV", a kind of CLV) whose
     * definition never names the parent asks for that word with the parent's name shown ("____ CLV
     * forecasts future purchases …"): without it the definition alone fits other kinds as well and
     * says nothing of what it is a kind of. Not where the word is one most definitions use
     * ("customer loyalty"), nor for a kind with no sibling named the same way: typing it would teach
     * nothing.
     */
    private Optional<TermCloze> withHeadShown(Concept concept, TermCloze whole) {
        List<Words.Span> words = Words.spans(whole.key().answer());
        for (Concept parent : index.parentsOf(concept.id())) {
            List<Words.Span> head = Words.spans(parent.name());
            int tail = words.size() - head.size();
            if (tail == 1
                    && endsWith(words, head)
                    && !index.common(words.get(0).key())
                    && !index.forms(parent).occursIn(whole.prompt())
                    && hasNamedSibling(concept, head)) {
                return split(whole, tail);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether another kind of the same parent is named by its own word before the parent's name
     * ("historical CLV" beside "predictive CLV"): then that word is what tells the kinds apart and
     * worth asking. A kind without such a sibling ("call script", the only script) is known by its
     * definition alone, and its first word is mostly the everyday one.
     */
    private boolean hasNamedSibling(Concept concept, List<Words.Span> head) {
        return index.coKinds(concept.id(), SIBLINGS_LOOKED_AT).stream()
                .anyMatch(
                        k -> Words.spans(k.name()).size() == head.size() + 1 && endsWith(Words.spans(k.name()), head));
    }

    private static final int SIBLINGS_LOOKED_AT = 50;

    private static boolean endsWith(List<Words.Span> words, List<Words.Span> ending) {
        int from = words.size() - ending.size();
        for (int i = 0; i < ending.size(); i++) {
            if (from < 1 || !words.get(from + i).key().equals(ending.get(i).key())) {
                return false;
            }
        }
        return !ending.isEmpty();
    }

    /**
     * The item, unless its prompt repeats a word of the answer that is not among the graph's commonest
     * ("utility from belonging to social groups" for social value, "a business strategy" for
     * strategic CRM): judged by lecturers, such items gave the answer away. A word in a fifth of all
     * definitions or more ("customer") narrows nothing and may be shown.
     */
    private Optional<TermCloze> echoFree(TermCloze item) {
        boolean echoes = LeakCheck.sharedWords(item.prompt(), item.key().answer()).stream()
                .anyMatch(word -> !index.common(word));
        return echoes ? Optional.empty() : Optional.of(item);
    }

    /**
     * A name whose last words the definition repeats ("Community relationships: relationships in
     * which …", "normative customer experience: describes customer experience as …") asks for the
     * words before them, the repeated ones shown after the blank ("____ relationships are
     * relationships in which …"): those are given either way, the first words are what the student
     * learns. The whole name is accepted too; names ending the same way are refused by their own
     * first words. Names with a small word ("segment of one") are not split.
     */
    private Optional<TermCloze> modifierOnly(TermCloze whole) {
        String name = whole.key().answer();
        List<Words.Span> words = Words.spans(name);
        if (words.size() < 2 || words.stream().anyMatch(w -> Words.STOP.contains(w.key()))) {
            return Optional.empty();
        }
        java.util.Set<String> shown = Forms.stems(whole.prompt());
        int tail = words.size();
        while (tail > 1 && shown.contains(Forms.stem(words.get(tail - 1).key()))) {
            tail--;
        }
        if (tail == words.size()) {
            return Optional.empty();
        }
        if (tail > 1 && !name.substring(0, words.get(tail).start()).strip().matches("[^\\s]+")) {
            return Optional.empty(); // several words before the shown ones: how much to type is unclear
        }
        return split(whole, tail);
    }

    /** The item asking for the name's first words only, the words from {@code tail} on shown after the blank. */
    private Optional<TermCloze> split(TermCloze whole, int tail) {
        String name = whole.key().answer();
        List<Words.Span> words = Words.spans(name);
        int cut = words.get(tail).start();
        if (name.substring(words.get(tail - 1).end(), cut).matches("[\\-\u2010\u2011]")) {
            return Optional.empty(); // "____ back" for "win-back": one word, half of it shown
        }
        String modifier = name.substring(0, cut).replaceAll("[\\s\\-\u2010\u2011]+$", "");
        if (tail == 1 && index.subjectWord(words.get(0).key())) {
            return Optional.empty(); // "____ cycle" for the CRM cycle: the course's own word teaches nothing
        }
        List<Words.Span> ending = words.subList(tail, words.size());
        List<String> wrong = whole.key().wrong().stream()
                .map(w -> before(w, ending))
                .flatMap(Optional::stream)
                .toList();
        List<String> accepted = new java.util.ArrayList<>(List.of(name));
        accepted.addAll(whole.key().accepted());
        TermCloze part = new TermCloze(
                whole.id(),
                whole.prompt().replaceFirst(Pattern.quote(QuizItem.BLANK), QuizItem.BLANK + " " + name.substring(cut)),
                new AnswerKey(modifier, accepted, wrong),
                whole.source());
        return LeakCheck.leak(part).isEmpty() ? echoFree(part) : Optional.empty();
    }

    /** The words of a name before these last words, when it ends in them with a word or more before them. */
    private static Optional<String> before(String name, List<Words.Span> ending) {
        List<Words.Span> ws = Words.spans(name);
        int from = ws.size() - ending.size();
        if (from <= 0) {
            return Optional.empty();
        }
        for (int i = 0; i < ending.size(); i++) {
            if (!ws.get(from + i).key().equals(ending.get(i).key())) {
                return Optional.empty();
            }
        }
        String first = name.substring(0, ws.get(from).start()).strip();
        return first.isEmpty() ? Optional.empty() : Optional.of(first);
    }

    /**
     * The name in the number of the noun the definition opens with: "Member of the buying centre
     * who …" asks for "influencer", not the "influencers" another deck wrote, so the prompt and its
     * answer agree. The plural stays accepted.
     */
    private String agreeing(String name, Optional<Head> head) {
        if (head.isEmpty() || head.get().plural() || !plural(name)) {
            return name;
        }
        List<Words.Span> words = Words.spans(name);
        Words.Span last = words.get(words.size() - 1);
        String word = name.substring(last.start(), last.end());
        String one = WordForms.singular(word.toLowerCase(java.util.Locale.ROOT));
        List<Token> framed = language.tagged("a " + one);
        if (!framed.get(framed.size() - 1).isNoun()) {
            return name; // "Tangibles" is a dimension's name: its singular is an adjective
        }
        if (Character.isUpperCase(word.charAt(0))) {
            one = Character.toUpperCase(one.charAt(0)) + one.substring(1);
        }
        return one.length() < 3 ? name : name.substring(0, last.start()) + one + name.substring(last.end());
    }

    /**
     * A name given with its acronym in brackets ("____ (____) = …") asks once: two blanks for one
     * typed answer read as two questions.
     */
    private static String oneBlank(String masked) {
        return masked.replaceFirst(
                "^\\s*" + Pattern.quote(QuizItem.BLANK) + "\\s*\\(" + Pattern.quote(QuizItem.BLANK) + "\\)",
                QuizItem.BLANK);
    }

    private String withSubject(String answer, Optional<Head> head, Concept concept, String text, Forms forms) {
        Token first = language.tagged(Sentences.lowerFirst(text)).get(0);
        String rest = forms.mask(text, QuizItem.BLANK);
        Opening opening =
                restatesHead(concept.name(), first) ? Opening.NOUN_PHRASE : opening(first, Sentences.lowerFirst(text));
        if (opening == Opening.FINITE_VERB) {
            return QuizItem.BLANK + " " + lowerFirst(first, rest);
        }
        if (opening == Opening.OTHER_VERB) {
            return QuizItem.BLANK + ": " + rest;
        }
        boolean plural = plural(answer);
        if (head.filter(h -> !h.fitsAfterBe(plural)).isPresent()) {
            // "____ is profitable customers who …", "____ is member of …": a gloss reads right where "is" does not
            return QuizItem.BLANK + ": " + rest;
        }
        return QuizItem.BLANK + (plural ? " are " : " is ") + lowerFirst(first, rest);
    }

    /** The head noun a definition opens with, and whether a determiner comes before it. */
    private record Head(boolean plural, boolean determined, boolean proper) {

        /**
         * Whether "is" or "are" may go in front: the head agrees in number with the term, and a
         * singular common noun has its article ("a member of …"; "is member of …" reads as notes).
         */
        boolean fitsAfterBe(boolean pluralTerm) {
            return plural == pluralTerm && (plural || determined || proper);
        }
    }

    /**
     * The head of the noun phrase a definition opens with ("the customers which …" → customers,
     * "mature KAM stage" → stage), when it opens with one: determiners, adjectives and nouns up to
     * the first other word.
     */
    private Optional<Head> leadingHead(String lowered) {
        List<Token> tokens = language.tagged(lowered);
        int i = 0;
        boolean determined = false;
        while (i < tokens.size() && tokens.get(i).tag().equals("DET")) {
            determined = true;
            i++;
        }
        if (i >= tokens.size()
                || !tokens.get(i).isNoun() && !tokens.get(i).tag().equals("ADJ")) {
            return Optional.empty();
        }
        Token head = null;
        for (; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isNoun()) {
                head = t;
            } else if (!t.tag().equals("ADJ")
                    && !t.tag().equals("NUM")
                    && !t.text().equals("-")) {
                break;
            }
        }
        if (head == null) {
            return Optional.empty();
        }
        return Optional.of(new Head(pluralNoun(head), determined, head.tag().equals("PROPN")));
    }

    /**
     * The prompt behind the name of the one list the concept belongs to. Only where the deck that
     * gave the definition lists the concept there too (elsewhere the same word may mean something
     * else: a "lead" tier is no sales lead), where the list's name is a plain term and not a
     * heading, and where the prompt does not name the list already.
     */
    private String inContext(Concept concept, Definition definition, String prompt) {
        List<Concept> wholes = index.wholesOf(concept.id());
        if (wholes.size() != 1) {
            return prompt;
        }
        Concept whole = wholes.get(0);
        boolean sameDeck = index.partsOf(whole.id()).stream()
                .anyMatch(p -> p.concept().id().equals(concept.id()) && p.deck().equals(definition.deck()));
        boolean fit = sameDeck
                && PLAIN_TERM.matcher(whole.name()).matches()
                && sources.nameWeakness(whole.name()).isEmpty()
                && !index.forms(whole).occursIn(prompt)
                && !sharesWord(whole.name(), concept.name());
        return fit ? "(" + index.displayName(whole) + ") " + prompt : prompt;
    }

    /** Whether two names share a word by stem (a whole named "customer value" would hint at "functional value"). */
    private static boolean sharesWord(String a, String b) {
        return !java.util.Collections.disjoint(Forms.stems(a), Forms.stems(b));
    }

    /**
     * A definition that names its term again inside ("____ is the ____, also known as ____, is …")
     * reads as a riddle of blanks: one blank, or one with its acronym in brackets, is fair.
     */
    private static boolean blanksElsewhere(String prompt) {
        String rest = prompt.replaceFirst(
                Pattern.quote(QuizItem.BLANK) + "(?:\\s*\\(" + Pattern.quote(QuizItem.BLANK) + "\\))?", "");
        return rest.contains(QuizItem.BLANK);
    }

    /**
     * Siblings in a list and other kinds of the same parent: close answers that are still wrong. As
     * many of each as a list item shows are kept (the checker names the one typed: "Operational CRM
     * is a different concept"); beyond them only those the checker could confuse with the answer,
     * so an item does not carry the hundreds of kinds a head noun can have. A name whose words are all
     * among the answer's, or the other way round ("tiered programme", "tiered loyalty programme"), is
     * likely the same concept named shorter or longer and is never refused.
     */
    private List<String> closeButWrong(Concept concept) {
        List<String> names = StudyIndex.names(concept);
        List<AnswerChecker.Spelling> spelt =
                names.stream().map(AnswerChecker.Spelling::of).toList();
        java.util.stream.Stream<Concept> far = java.util.stream.Stream.concat(
                        index.siblings(concept.id(), CLOSE_BUT_WRONG).stream(),
                        index.coKinds(concept.id(), CLOSE_BUT_WRONG).stream())
                .filter(k -> spelt.stream().anyMatch(n -> AnswerChecker.confusable(n, index.spelling(k))));
        java.util.stream.Stream<Concept> near = java.util.stream.Stream.concat(
                index.siblings(concept.id(), ListItems.MAX_MEMBERS).stream(),
                index.coKinds(concept.id(), ListItems.MAX_MEMBERS).stream());
        return java.util.stream.Stream.concat(near, far)
                .filter(k -> names.stream().noneMatch(n -> ChoiceItems.sameWordsFewerOrMore(n, k.name())))
                .filter(k -> !index.same(concept).holds(k))
                .map(Concept::name)
                .distinct()
                .toList();
    }

    /** How a definition starts: with a finite verb ("is …", "focuses on …"), another verb form, or a noun phrase. */
    private enum Opening {
        FINITE_VERB,
        OTHER_VERB,
        NOUN_PHRASE
    }

    private Opening opening(Token first, String lowered) {
        if (BE.contains(first.lemma()) || first.tag().equals("AUX")) {
            return Opening.FINITE_VERB;
        }
        if (WH.contains(first.lemma()) || CLAUSE_OPENERS.contains(first.tag())) {
            return Opening.OTHER_VERB;
        }
        if (first.tag().equals("ADV")) {
            return finiteVerbAt(lowered, 1) ? Opening.FINITE_VERB : Opening.OTHER_VERB;
        }
        if (isClause(lowered)) {
            return Opening.OTHER_VERB;
        }
        if (Set.of("DET", "ADJ", "NUM", "PRON").contains(first.tag())) {
            return Opening.NOUN_PHRASE;
        }
        if (finiteVerbAt(lowered, 0) && !relativeClauseFollows(lowered)) {
            return Opening.FINITE_VERB;
        }
        if (first.tag().equals("VERB")
                || language.tagged("you " + lowered).get(1).tag().equals("VERB")) {
            return Opening.OTHER_VERB;
        }
        return Opening.NOUN_PHRASE;
    }

    /**
     * Whether the definition is a sentence with its own subject ("companies must be aware …"), so
     * "____ is" cannot go in front. A relative word ("that", "which") first means a noun phrase
     * ("a process that involves …"); an auxiliary or a third-person verb after a noun means a clause.
     */
    private boolean isClause(String lowered) {
        List<Token> tokens = language.tagged(lowered);
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token before = tokens.get(i - 1);
            if (RELATIVE.contains(t.lemma()) || Set.of(";", ".", ":", "(").contains(t.text())) {
                return false;
            }
            if (before.tag().equals("ADV") && i >= 2) {
                before = tokens.get(i - 2);
            }
            boolean afterSubject = before.isNoun() || before.tag().equals("PRON");
            boolean pluralSubject = before.tag().equals("PRON") || before.text().endsWith("s");
            if (before.isNoun() && pluralNoun(before) && t.isNoun() && objectFollows(tokens, i)) {
                return true; // "the parties test each other": a noun between a plural noun and its object is a verb
            }
            if (!before.lemma().equals("to")
                    && afterSubject
                    && (t.tag().equals("AUX")
                            || (t.tag().equals("VERB") && (t.text().endsWith("s") || pluralSubject && finite(t))))) {
                return true;
            }
        }
        return false;
    }

    private static boolean pluralNoun(Token t) {
        String word = t.text().toLowerCase(java.util.Locale.ROOT);
        return word.endsWith("s") && !WordForms.singular(word).equals(word);
    }

    /** Whether a determiner or pronoun follows word {@code i}, as an object does and a compound's next noun never. */
    private static boolean objectFollows(List<Token> tokens, int i) {
        return i + 1 < tokens.size()
                && Set.of("DET", "PRON").contains(tokens.get(i + 1).tag())
                && !RELATIVE.contains(tokens.get(i + 1).lemma());
    }

    /** A verb form that is no participle or gerund ("pay", "decide"), as a plural subject takes. */
    private static boolean finite(Token t) {
        String w = t.text().toLowerCase(java.util.Locale.ROOT);
        return !w.endsWith("ing") && !w.endsWith("ed") && !w.endsWith("en");
    }

    /**
     * Whether a relative pronoun ("which", "who", "that") comes before any other verb: then the first
     * word is a plural noun the clause describes ("changes in behaviour … which suggest …",
     * "volunteers in each branch who …"), not a verb.
     */
    private boolean relativeClauseFollows(String lowered) {
        List<Token> tokens = language.tagged(lowered);
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (RELATIVE.contains(t.lemma())
                    && (t.tag().equals("PRON")
                            || t.tag().equals("SCONJ")
                            || t.tag().equals("DET"))) {
                return true;
            }
            if (t.tag().equals("AUX") || t.tag().equals("VERB") && finite(t)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether word {@code i} is a third-person verb ("mines", "also considers"). Sentence-initial verbs
     * are often tagged as nouns, so a subject is put in front; a word followed by a comma or "and"
     * is a list of nouns ("deliveries, invoicing …"), not a verb.
     */
    private boolean finiteVerbAt(String lowered, int i) {
        List<Token> framed = language.tagged("it " + lowered);
        if (framed.size() <= i + 1) {
            return false;
        }
        Token word = framed.get(i + 1);
        boolean listLike = framed.size() > i + 2
                && Set.of("PUNCT", "CCONJ").contains(framed.get(i + 2).tag());
        return word.tag().equals("VERB") && word.text().endsWith("s") && !listLike;
    }

    /** "Relationships in which …" for "Self-service relationships": the definition repeats the head noun. */
    private static boolean restatesHead(String name, Token first) {
        List<Words.Span> words = Words.spans(name);
        return !words.isEmpty() && words.get(words.size() - 1).key().equals(Words.singular(first.text()));
    }

    /** A name is plural when its last word is a noun in a plural form ("touch points", "relationships"). */
    private boolean plural(String name) {
        List<Token> tokens = language.tagged(name);
        Token last = tokens.get(tokens.size() - 1);
        return last.isNoun() && pluralNoun(last);
    }

    /** Lower-cases the first letter unless it starts an acronym or a proper name. */
    private static String lowerFirst(Token first, String text) {
        String word = text.split("[\\s,;:]", 2)[0];
        boolean keep = first.tag().equals("PROPN") || (word.length() > 1 && word.equals(word.toUpperCase()));
        return keep ? text : Sentences.lowerFirst(text);
    }
}
