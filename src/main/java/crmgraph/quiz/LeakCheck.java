package crmgraph.quiz;

import java.util.Optional;

/**
 * Proves an item does not give its answer away: the answer, its aliases, acronym, plural,
 * hyphen and same-stem variants appear neither in the prompt nor among the other choices; no
 * other choice is the answer's opposite by a prefix ("planned", "unplanned"); a choice item's
 * right option shares no word with the prompt that every other option lacks; and an order item
 * never shows its members in the right order, nor members whose names hold one another
 * ("purchase", "prepurchase", "postpurchase"), whose order the words alone tell. A typed answer also leaks when the prompt holds its head word or
 * most of its words ("a network of business relationships" for "business network"), or gives
 * another name for it ("… (aka variability)"), which the student could type and see refused, or
 * holds a word of the answer inside a longer one ("by telephone" for "phone encounter").
 */
public final class LeakCheck {

    private LeakCheck() {}

    /** Why the item leaks its answer, or empty when it does not. */
    public static Optional<String> leak(QuizItem item) {
        if (item instanceof OrderItem order) {
            return orderLeak(order);
        }
        Forms forms = Forms.of(item.key().all());
        if (forms.occursIn(item.prompt())) {
            return Optional.of("the prompt names the answer: " + item.prompt());
        }
        for (String choice : item.choices()) {
            if (!Words.normal(choice).equals(Words.normal(item.key().answer())) && forms.occursIn(choice)) {
                return Optional.of("the choice \u201c" + choice + "\u201d contains the answer");
            }
            if (opposites(choice, item.key().answer())) {
                return Optional.of("the choice \u201c" + choice + "\u201d is the answer's opposite");
            }
        }
        if (item instanceof ChoiceItem
                && (onlyAnswerEchoesPrompt(item) || onlyAnswerInCompound(item) || onlyAnswerBuiltOnPrompt(item))) {
            return Optional.of("only the answer shares a word with the prompt");
        }
        if (!(item instanceof ListCloze) && spellsOut(item.prompt(), item.key().all())) {
            return Optional.of("the prompt spells out the answer's acronym");
        }
        if (item instanceof KeywordCloze && blanksALetterOfItsAcronym(item)) {
            return Optional.of("the blank is a word the concept's acronym in the prompt begins");
        }
        if (item instanceof ListCloze list && builtOnEachOther(list.members())) {
            return Optional.of("the list's members are built on one another");
        }
        if (item instanceof ListCloze list && wholeNamesTheAnswer(list)) {
            return Optional.of("the list's name holds the answer's own word");
        }
        if (item instanceof TermCloze || item instanceof KeywordCloze) {
            return typedLeak(item);
        }
        if (item instanceof ChoiceItem && OTHER_NAME.matcher(item.prompt()).find()) {
            return Optional.of("the prompt gives another name for the answer");
        }
        return Optional.empty();
    }

    /**
     * "Service-profit chain: …, ____" over "profitability": a word of the answer that the other
     * members lack, whose family the prompt holds, can only come from the list's name.
     */
    private static boolean wholeNamesTheAnswer(ListCloze list) {
        String answer = list.key().answer();
        java.util.Set<String> others = new java.util.HashSet<>();
        list.members().stream()
                .filter(m -> !Words.normal(m).equals(Words.normal(answer)))
                .forEach(m -> Words.spans(m).forEach(w -> others.add(family(w.key()))));
        return sharedWords(list.prompt(), answer).stream().anyMatch(w -> !others.contains(family(w)));
    }

    /** Words that introduce another name for what is being defined. */
    private static final java.util.regex.Pattern OTHER_NAME = java.util.regex.Pattern.compile(
            "\\b(?:a\\.?k\\.?a\\b\\.?|also (?:known as|called|termed|referred to as)|otherwise (?:known as|called)"
                    + "|sometimes (?:known as|called))\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static Optional<String> typedLeak(QuizItem item) {
        java.util.Set<String> prompt = stems(item.prompt());
        Forms answer = Forms.of(java.util.List.of(item.key().answer()));
        for (String name : item.key().all()) {
            if (!name.equals(item.key().answer()) && answer.occursIn(name)) {
                continue; // the whole name accepted for its first words: its head is shown on purpose
            }
            java.util.Set<String> words = stems(name);
            long shown = words.stream().filter(prompt::contains).count();
            if (shown * 2 > words.size() || head(name).filter(prompt::contains).isPresent()) {
                return Optional.of("the prompt holds the answer's head word or most of its words: " + name);
            }
        }
        if (OTHER_NAME.matcher(item.prompt()).find()) {
            return Optional.of("the prompt gives another name for the answer");
        }
        java.util.Set<String> said = fullStems(item.prompt());
        for (String a : fullStems(item.key().answer())) {
            if (said.stream().anyMatch(p -> agent(a, p))) {
                return Optional.of("the prompt holds the verb the answer names the doer of: " + a);
            }
        }
        return compoundTail(item.prompt(), item.key().answer())
                .map(w -> "the prompt holds the answer inside a longer word: " + w)
                .or(() -> builtOnPromptWord(item.key().answer(), item.prompt())
                        .map(w -> "the answer is a compound of a word the prompt holds: " + w));
    }

    /**
     * The answer's content words whose family the prompt holds ("social" of "social value" in
     * "utility from belonging to social groups"), as keys: the caller decides which of them are
     * too common in the graph to give anything away ("customer").
     */
    static java.util.List<String> sharedWords(String prompt, String answer) {
        java.util.Set<String> shown = stems(prompt);
        java.util.Set<String> roots = new java.util.HashSet<>();
        Words.spans(prompt).forEach(w -> roots.add(root(w.key())));
        return Words.spans(answer).stream()
                .map(Words.Span::key)
                .filter(k -> !Words.STOP.contains(k)
                        && k.length() > 2
                        && (shown.contains(family(k))
                                || roots.contains(root(k))
                                || roots.stream().anyMatch(r -> r.length() >= KIN_LETTERS && kin(r, root(k)))))
                .toList();
    }

    /**
     * Endings English derivation adds to a word of the family ("relation" → "relational",
     * "relationship"; "value" → "valuable"), longest first. A stemmer keeps them: "relat" and
     * "relationship" are its stems of two words a student reads as one family.
     */
    private static final java.util.List<String> DERIVED_ENDINGS =
            java.util.List.of("ships", "ship", "able", "ible", "ness", "ment", "ity", "ty", "ive", "al", "e");

    /** Letters a word keeps when a derivational ending is taken off, at the least. */
    private static final int ROOT_LETTERS = 4;

    /** The word without one derivational ending, and without a final "e" ("valuable", "value" → "valu"). */
    static String root(String key) {
        for (String ending : DERIVED_ENDINGS) {
            if (key.endsWith(ending) && key.length() - ending.length() >= ROOT_LETTERS) {
                String rest = key.substring(0, key.length() - ending.length());
                return rest.endsWith("e") && rest.length() > ROOT_LETTERS ? rest.substring(0, rest.length() - 1) : rest;
            }
        }
        return key;
    }

    /** The prompt holds the right option inside a longer word ("telephone") and no other option so. */
    private static boolean onlyAnswerInCompound(QuizItem item) {
        String answer = Words.normal(item.key().answer());
        return compoundTail(item.prompt(), item.key().answer()).isPresent()
                && item.choices().stream()
                        .filter(c -> !Words.normal(c).equals(answer))
                        .noneMatch(c -> compoundTail(item.prompt(), c).isPresent());
    }

    /** "touchpoint" after "any point", "Rulebreaker" after "ignores the rules": the answer joins a prompt word to another. */
    private static Optional<String> builtOnPromptWord(String answer, String prompt) {
        return compoundTail(answer, Words.singular(prompt));
    }

    /** The right option is a compound of a prompt word and no other option is. */
    private static boolean onlyAnswerBuiltOnPrompt(QuizItem item) {
        String answer = Words.normal(item.key().answer());
        return builtOnPromptWord(item.key().answer(), item.prompt()).isPresent()
                && item.choices().stream()
                        .filter(c -> !Words.normal(c).equals(answer))
                        .noneMatch(c -> builtOnPromptWord(c, item.prompt()).isPresent());
    }

    /** Letters a word must have before it ends in an answer's word to be a compound of it ("tele" + "phone"). */
    private static final int COMPOUND_FIRST = 3;

    /** Letters an answer's word needs to be seen inside a compound ("phone", not "art" in "smart"). */
    private static final int COMPOUND_TAIL = 4;

    /**
     * A prompt word that ends in a word of the answer ("by telephone" for "phone", "the supermarket"
     * for "market") or starts with one before another word ("salespeople" for "sales force
     * automation"): the compound spells the answer out, though no word of the prompt is the answer's.
     */
    static Optional<String> compoundTail(String prompt, String answer) {
        java.util.List<String> ends = Words.spans(answer).stream()
                .map(Words.Span::key)
                .filter(k -> k.length() >= COMPOUND_TAIL && !Words.STOP.contains(k))
                .toList();
        return Words.spans(prompt).stream()
                .map(Words.Span::key)
                .filter(w -> ends.stream()
                        .anyMatch(e -> w.endsWith(e) && w.length() - e.length() >= COMPOUND_FIRST
                                || w.startsWith(e) && w.length() - e.length() >= COMPOUND_TAIL))
                .findFirst();
    }

    /** "planned" and "unplanned": a pair that tells the student the answer is one of the two. */
    static boolean opposites(String a, String b) {
        return !Words.normal(a).equals(Words.normal(b))
                && AnswerChecker.opposite(Words.normal(a), Words.normal(b)).isPresent();
    }

    /**
     * The right option shares a content word (by stem) with the prompt that no other option shares
     * ("… managing the whole relationship …" where only "relationship marketing" holds
     * "relationship"): a student picks it by the word alone.
     */
    private static boolean onlyAnswerEchoesPrompt(QuizItem item) {
        // Only the quoted definition: the question's own words ("Which concept is this?") say nothing.
        int quote = item.prompt().indexOf('\u201c');
        java.util.Set<String> prompt =
                fullStems(quote < 0 ? item.prompt() : item.prompt().substring(quote));
        String answer = Words.normal(item.key().answer());
        java.util.List<String> echoed = fullStems(item.key().answer()).stream()
                .filter(a -> prompt.stream().anyMatch(p -> kin(a, p)))
                .toList();
        java.util.List<java.util.Set<String>> others = item.choices().stream()
                .filter(c -> !Words.normal(c).equals(answer))
                .map(LeakCheck::fullStems)
                .toList();
        return echoed.stream()
                .anyMatch(a -> others.stream().noneMatch(o -> o.stream().anyMatch(w -> kin(a, w))));
    }

    /** Letters the shorter of two stems needs before a shared start makes them kin. */
    private static final int KIN_LETTERS = 5;

    /**
     * Letters English derivation swaps where a word family's forms part ("invoke", "invocation";
     * "decide", "decision"; "recent", "recency").
     */
    private static final java.util.Set<String> ALTERNATIONS =
            java.util.Set.of("ck", "kc", "st", "ts", "ds", "sd", "tc", "ct");

    /**
     * Two stems of one word family: the same first {@value #FAMILY} letters; one the start of the
     * other ("loyal", "loyalti"); or one start with a letter derivation swaps where they part
     * ("analysi", "analyt"; "invoc", "invok"), not any letter ("profit", "profil").
     */
    static boolean kin(String a, String b) {
        if (a.equals(b) || cut(a).equals(cut(b)) || agent(a, b) || agent(b, a)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        int shared = 0;
        while (shared < shorter && a.charAt(shared) == b.charAt(shared)) {
            shared++;
        }
        if (shorter < KIN_LETTERS || shared < KIN_LETTERS - 1) {
            return false;
        }
        return shared == shorter || ALTERNATIONS.contains("" + a.charAt(shared) + b.charAt(shared));
    }

    /** "user" of "use", "buyer" of "buy": the one who does what the verb says. */
    private static boolean agent(String noun, String verb) {
        return verb.length() >= 3 && (noun.equals(verb + "r") || noun.equals(verb + "er"));
    }

    /** The stems of a text's content words, a negating prefix left out, uncut. */
    private static java.util.Set<String> fullStems(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Words.Span w : Words.spans(text)) {
            if (!Words.STOP.contains(w.key()) && w.key().length() > 2) {
                out.add(Forms.stem(NEGATED.matcher(w.key()).replaceFirst("")));
            }
        }
        return out;
    }

    private static String cut(String stem) {
        return stem.length() > FAMILY ? stem.substring(0, FAMILY) : stem;
    }

    /**
     * The stem of a name's head word: its last word before any small word ("network" of "business
     * network", "segment" of "segment of one"); empty for a one-word name, which the forms check covers.
     */
    private static Optional<String> head(String name) {
        java.util.List<String> words = new java.util.ArrayList<>();
        for (Words.Span w : Words.spans(name)) {
            if (Words.STOP.contains(w.key())) {
                break;
            }
            words.add(w.key());
        }
        return words.size() < 2 && Words.spans(name).size() < 2
                ? Optional.empty()
                : words.isEmpty() ? Optional.empty() : Optional.of(family(words.get(words.size() - 1)));
    }

    /**
     * The word families of a text's content words: a word's stem without a negating prefix, cut to
     * its first {@value #FAMILY} letters, so derived words meet where the stemmer keeps them apart
     * ("strategy", "strategic"; "process", "processor"; "conditions", "unconditional").
     */
    private static java.util.Set<String> stems(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        fullStems(text).forEach(stem -> out.add(cut(stem)));
        return out;
    }

    /** A negating prefix, left out of a word's family: "unconditional" shows "conditions". */
    private static final java.util.regex.Pattern NEGATED = java.util.regex.Pattern.compile("^(?:un|non)(?=[a-z]{5})");

    private static String family(String key) {
        return cut(Forms.stem(NEGATED.matcher(key).replaceFirst("")));
    }

    /** Letters two words must share from their start to be one family. */
    private static final int FAMILY = 6;

    /**
     * Whether the text spells out an acronym in one of the answer's names: consecutive words, small ones aside,
     * whose initials are its letters ("recency, frequency and monetary value" for "RFM analysis").
     */
    static boolean spellsOut(String text, java.util.List<String> names) {
        if (names.stream().anyMatch(n -> countedLetters(text, n))) {
            return true;
        }
        // glosses in brackets between the words spell nothing ("Recency (when …), Frequency (how often) and …")
        java.util.List<String> runs = java.util.List.of(initials(text), initials(text.replaceAll("\\([^()]*\\)", " ")));
        return names.stream()
                .flatMap(n -> crmgraph.nlp.Acronym.in(n).stream())
                .map(a -> a.toLowerCase(java.util.Locale.ROOT))
                .anyMatch(a -> a.length() >= 2 && runs.stream().anyMatch(run -> run.contains(a)));
    }

    /**
     * "RFM analysis: … Recency (…), ____ (how often …) and Monetary value …": the prompt shows the
     * concept's acronym, and the blanked word starts with one of its letters, which the words around
     * the blank spell out.
     */
    private static boolean blanksALetterOfItsAcronym(QuizItem item) {
        String answer = item.key().answer().strip();
        if (answer.isEmpty()) {
            return false;
        }
        String initial = answer.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
        return crmgraph.nlp.Acronym.in(item.source().conceptName()).stream()
                .anyMatch(a -> a.contains(initial)
                        && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(a) + "\\b")
                                .matcher(item.prompt())
                                .find());
    }

    /** A name counting words by their letter: "30Rs", "4Ps", "7 Cs". */
    private static final java.util.regex.Pattern COUNTED_LETTER =
            java.util.regex.Pattern.compile("\\b(\\d{1,2})\\s?([A-Z])['\u2019]?s\\b");

    /** The text says the count and a word with the letter ("30 relationships" for "30Rs"). */
    private static boolean countedLetters(String text, String name) {
        java.util.regex.Matcher m = COUNTED_LETTER.matcher(name);
        while (m.find()) {
            String said = "(?i)\\b" + m.group(1) + "\\s+(?:\\S+\\s+)?" + m.group(2) + "[a-z]";
            if (java.util.regex.Pattern.compile(said).matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The first letters of a text's words, small ones aside. */
    private static String initials(String text) {
        return Words.spans(text).stream()
                .map(Words.Span::key)
                .filter(k -> !Words.STOP.contains(k) && !k.isEmpty())
                .map(k -> k.substring(0, 1))
                .collect(java.util.stream.Collectors.joining());
    }

    /** Whether one member's name holds another's ("purchase", "prepurchase"): the words tell the answer. */
    private static boolean builtOnEachOther(java.util.List<String> members) {
        for (String a : members) {
            for (String b : members) {
                if (!a.equals(b)
                        && Words.compact(a).length() >= 4
                        && Words.compact(b).contains(Words.compact(a))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words that say where in a sequence a thing stands ("pre-KAM", "early KAM", "late adopters"). */
    private static final java.util.regex.Pattern POSITION_WORD = java.util.regex.Pattern.compile(
            "(?i)(?:^|[\\s-])(?:pre|post|early|mid|middle|late|final|initial|first|second|third|last|beginning|end)(?:$|[\\s-])");

    private static boolean namesAPosition(String member) {
        return POSITION_WORD.matcher(member).find();
    }

    private static Optional<String> orderLeak(OrderItem order) {
        if (order.choices().equals(order.order())) {
            return Optional.of("the choices are shown in the right order");
        }
        if (builtOnEachOther(order.order())) {
            return Optional.of("the members are built on one another");
        }
        if (order.order().stream().filter(LeakCheck::namesAPosition).count() >= 2) {
            return Optional.of("members named by their place in time tell the order");
        }
        for (String member : order.order()) {
            if (Forms.of(java.util.List.of(member)).occursIn(order.prompt())) {
                return Optional.of("the prompt names the member " + member);
            }
        }
        return Optional.empty();
    }
}
