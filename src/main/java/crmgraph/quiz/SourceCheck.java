package crmgraph.quiz;

import crmgraph.nlp.English;
import crmgraph.nlp.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses sources no lecturer would build a question on: a definition too thin to teach (fewer
 * than {@value #MIN_CONTENT_WORDS} content words outside brackets), a fragment (no verb and no
 * determiner opening a noun phrase, opening mid-clause, or cut off at its end), and a concept name that is a question or a heading. All by
 * OpenNLP's part-of-speech tags and the shape of the text, never by listed words.
 */
final class SourceCheck {

    static final int MIN_CONTENT_WORDS = 5;
    /** A name longer than this is a heading or a sentence, not a term a student learns. */
    static final int MAX_NAME_WORDS = 6;

    private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM");
    private static final Set<String> VERBS = Set.of("VERB", "AUX");
    /** Tags a complete text never ends on: "the", "of", "and", "because", "can", "to", "their". */
    private static final Set<String> DANGLING = Set.of("DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART");

    private static final Set<String> RELATIVE = Set.of("which", "who", "whom", "whose");

    /** A text ending on "e.g." or "such as" was cut before its examples; one ending on "called" before its name. */
    private static final java.util.regex.Pattern EXAMPLE_AT_END = java.util.regex.Pattern.compile(
            "(?:\\be\\.\\s?g\\.?|\\bi\\.\\s?e\\.?|\\b(?:such as|for example|including|like"
                    + "|called|known as|termed|referred to as))\\s*[.:]?$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A text closed by a full stop, an exclamation mark, a bracket or a quote: its end is where its writer put it. */
    private static final java.util.regex.Pattern CLOSED = java.util.regex.Pattern.compile("[.!?)\"”’']\\s*$");

    /** Words that open a clause of their own (a relative or a question word), which then needs a verb. */
    private static final Set<String> CLAUSE_WORDS =
            Set.of("what", "which", "who", "whom", "whose", "how", "where", "when", "why", "that");

    /** What follows "that" where it is a pronoun or determiner ("that of …", "that period"), not a relative. */
    private static final Set<String> DEMONSTRATIVE_AFTER = Set.of("DET", "ADP", "NOUN", "PROPN", "ADJ", "NUM");

    /** Tags of the words of a noun phrase that can be a verb's object. */
    private static final Set<String> OBJECT = Set.of("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ");

    /** A sentence ending in a question mark (a quoted question inside a sentence is fine). */
    private static final java.util.regex.Pattern QUESTION =
            java.util.regex.Pattern.compile("\\?(?:\\s*$|\\s+[\\p{Lu}\\d])");

    /** A writer's query inside a note: "??", or a question mark opening a word ("? check which"). */
    private static final java.util.regex.Pattern DOUBT =
            java.util.regex.Pattern.compile("\\?\\?|(?:^|\\s)\\?\\s*\\p{L}");

    private final English language;

    SourceCheck(English language) {
        this.language = language;
    }

    /** Why a definition is too weak to make an item from, or empty when it is fit. */
    Optional<String> weakness(String definition) {
        String text = definition.replaceAll("\\s*\u2026$", "").strip();
        List<Token> tokens = language.tagged(Sentences.lowerFirst(text));
        if (tokens.isEmpty() || !Character.isLetterOrDigit(text.codePointAt(0)) && !text.startsWith("\"")) {
            return Optional.of("empty or opening with a stray mark");
        }
        if (QUESTION.matcher(text).find()) {
            return Optional.of("a question, not a definition");
        }
        if (DOUBT.matcher(text).find()) {
            return Optional.of("the writer's own doubt (\"?? is it …\"), not a settled fact");
        }
        if (Set.of("it", "they").contains(tokens.get(0).text().toLowerCase(java.util.Locale.ROOT))) {
            // "What is the role of X?" / "It keeps all the data …": what X does, which other concepts do too
            return Optional.of("a pronoun for the answer: says what it does, not what it is");
        }
        if (DefinitionText.countsBack(text) || pointsBack(tokens)) {
            return Optional.of("points back at text the item does not show");
        }
        if (contentWords(tokens) < MIN_CONTENT_WORDS) {
            return Optional.of("too thin");
        }
        if (onlyItsSet(tokens)) {
            return Optional.of("says only which set it belongs to (\"one of the …\"), which every member fits");
        }
        if (labelCell(text)) {
            return Optional.of("a table row's cells: a one-word label before the first semicolon");
        }
        if (!hasVerb(tokens) && !tokens.get(0).tag().equals("DET")) {
            return Optional.of("a fragment without a verb");
        }
        if (examplesOnly(text, tokens)) {
            return Optional.of("a list of examples without a verb, not a definition");
        }
        if (opensMidClause(tokens)) {
            return Optional.of("a fragment opening mid-clause");
        }
        if (cutOff(tokens, text) || !CLOSED.matcher(text).find() && unfinishedClause(tokens)) {
            return Optional.of("cut off");
        }
        if (endsWithInstruction(text)) {
            return Optional.of("ends with an instruction to the reader, a study site's text");
        }
        return Optional.empty();
    }

    /**
     * "(X is) one of the lawful bases for processing data": the set the term belongs to and
     * nothing that tells it from the set's other members, no comma, relative or clause after it.
     */
    private static boolean onlyItsSet(List<Token> tokens) {
        int start = 0;
        for (int i = 0; i < Math.min(tokens.size(), 8); i++) {
            if (Set.of("is", "are").contains(tokens.get(i).text().toLowerCase(java.util.Locale.ROOT))) {
                start = i + 1;
                break;
            }
        }
        if (tokens.size() < start + 2
                || !tokens.get(start).lemma().equals("one")
                || !tokens.get(start + 1).lemma().equals("of")) {
            return false;
        }
        return tokens.stream()
                .skip(start + 2)
                .noneMatch(t -> t.text().equals(",")
                        || t.text().equals(";")
                        || CLAUSE_WORDS.contains(t.lemma())
                        || finiteVerb(t));
    }

    /**
     * "rudeness, ignoring the customer, inappropriate comments": three or more short parts between
     * commas or "and", none a clause, name examples of the term, not what it is. A text opening
     * with a verb or gerund ("Segmenting by age, gender …") or holding a relative ("software that
     * plans, runs …") is one phrase whose object is the list.
     */
    private static boolean examplesOnly(String text, List<Token> tokens) {
        // "hiring and training, empowerment, …": a gerund joined to the next part is a part itself
        boolean partOfList = tokens.size() > 1
                && Set.of(",", "and", "or").contains(tokens.get(1).text());
        if ((verbal(tokens.get(0)) || tokens.get(0).tag().equals("VERB")) && !partOfList
                || text.contains(";")
                || tokens.stream().anyMatch(t -> CLAUSE_WORDS.contains(t.lemma()))) {
            return false;
        }
        String[] parts = text.replaceAll("[.]\\s*$", "").split(",\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+");
        return parts.length >= 3
                && java.util.Arrays.stream(parts).allMatch(p -> DefinitionText.words(p) <= 4)
                && java.util.stream.IntStream.range(0, tokens.size()).noneMatch(i -> clauseVerb(tokens, i));
    }

    /** An auxiliary, or a verb in "-s" after a noun or pronoun ("the firm sends"): what makes a clause. */
    private static boolean clauseVerb(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.tag().equals("AUX")
                || t.tag().equals("VERB")
                        && t.text().endsWith("s")
                        && i > 0
                        && (tokens.get(i - 1).isNoun()
                                || tokens.get(i - 1).tag().equals("PRON"));
    }

    /** How far into a text "the same …" still opens it. */
    private static final int OPENING = 3;

    /** Words after a noun that say which one is meant, so "those" or "the opposite" points at nothing unseen. */
    private static final Set<String> RESTRICTING =
            Set.of("who", "whom", "that", "which", "whose", "of", "to", "as", "than");

    /**
     * A noun phrase that points at text the item does not show: "those contacts" or "these services"
     * with nothing after the noun saying which ("those customers who …" says so), a definition
     * opening with "this", "these" or "such" and a noun ("This model splits …"), and "the opposite
     * approach" or "the reverse" without "of" or "to" ("the opposite of mass marketing" says what).
     */
    static boolean pointsBack(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
            boolean demonstrative = word.equals("those")
                    || word.equals("these")
                    || i == 0 && (word.equals("this") || word.equals("such"));
            // "the opposite approach", "On the same curve, …": what it is the opposite of or the same as is
            // unseen; later in a sentence "the same firm" is the one the sentence named ("buy again from the same
            // firm")
            boolean contrast =
                    (word.equals("opposite") || word.equals("reverse") || word.equals("same") && i <= OPENING)
                            && i > 0
                            && tokens.get(i - 1).text().equalsIgnoreCase("the");
            if (!demonstrative && !contrast) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).tag().equals("ADJ")) {
                j++;
            }
            boolean noun = j < tokens.size() && tokens.get(j).tag().equals("NOUN");
            if (word.equals("same") && !noun) {
                continue; // "every visit feels the same": alike to each other, not to something unseen
            }
            if (demonstrative && (!noun || namedBefore(tokens, j))) {
                continue; // "those who …" is said by what follows; "… dimensions; these dimensions" by what went before
            }
            int after = noun ? j + 1 : i + 1;
            boolean restricted = after < tokens.size()
                    && (RESTRICTING.contains(tokens.get(after).text().toLowerCase(java.util.Locale.ROOT))
                            || tokens.get(after).tag().equals("VERB")
                                    && tokens.get(after).text().endsWith("ed"));
            if (!restricted) {
                return true;
            }
        }
        return false;
    }

    /** Whether the noun at {@code j} was already named earlier in the text (by lemma). */
    private static boolean namedBefore(List<Token> tokens, int j) {
        String lemma = tokens.get(j).lemma();
        return tokens.subList(0, j).stream().anyMatch(t -> t.lemma().equalsIgnoreCase(lemma));
    }

    /**
     * A first cell of one content word before a semicolon ("the firm; website, packaging, staff"),
     * or three cells or more each starting with a capital: a table row read as a definition, whose
     * cells answer columns' questions the item does not show.
     */
    private boolean labelCell(String text) {
        int cell = text.indexOf(';');
        String[] cells = text.split(";\\s*");
        // "Hosted by the vendor; Monthly fee per user; Most small firms": each later cell starts anew
        boolean rowOfCells = cells.length >= 3
                && java.util.Arrays.stream(cells)
                        .skip(1)
                        .allMatch(c -> !c.isEmpty() && Character.isUpperCase(c.charAt(0)));
        return rowOfCells
                || cell > 0
                        && contentWords(language.tagged(Sentences.lowerFirst(
                                        text.substring(0, cell).strip())))
                                <= 1;
    }

    /** The last of several joined lines is an instruction ("Study these flashcards"), not part of the definition. */
    private boolean endsWithInstruction(String text) {
        int joint = text.lastIndexOf("; ");
        if (joint < 0) {
            return false;
        }
        List<Token> last =
                language.tagged(Sentences.lowerFirst(text.substring(joint + 2).strip()));
        return last.size() <= MAX_NAME_WORDS && instruction(last);
    }

    /** A verb and its determiner or pronoun first ("Study these …", "Rate your …"): words said to the reader. */
    private static boolean instruction(List<Token> tokens) {
        return tokens.size() >= 2
                && finiteVerb(tokens.get(0))
                && Set.of("DET", "PRON").contains(tokens.get(1).tag());
    }

    /** Why a concept's name cannot be an answer (a question, a heading), or empty when it can. */
    Optional<String> nameWeakness(String name) {
        String n = name.strip();
        if (n.isEmpty() || !Character.isLetterOrDigit(n.codePointAt(0))) {
            return Optional.of("a stray mark, not a name");
        }
        if (n.endsWith("?") || n.contains(":") || n.matches(".*\\s[-\u2013\u2014]\\s.*") || unbalanced(n)) {
            return Optional.of("a question, a heading or a misread piece");
        }
        if (doubled(n)) {
            return Optional.of("a misread piece: the same words twice");
        }
        if (shouted(n)) {
            return Optional.of("a heading in capitals");
        }
        List<Token> tokens = language.tagged(Sentences.lowerFirst(n));
        if (tokens.size() >= 3 && tokens.stream().skip(1).anyMatch(t -> finiteVerb(t))) {
            return Optional.of("a sentence, not a name");
        }
        if (tokens.size() >= 2 && tokens.get(0).tag().equals("PART") || instruction(tokens)) {
            return Optional.of("an instruction or an infinitive, not a name");
        }
        if (counted(tokens)) {
            return Optional.of("a heading that counts what it lists");
        }
        long words = tokens.stream().filter(t -> !t.tag().equals("PUNCT")).count();
        if (words > MAX_NAME_WORDS) {
            return Optional.of("a heading or a sentence");
        }
        Token first = tokens.isEmpty() ? null : tokens.get(0);
        boolean asks = first != null
                && Set.of("what", "why", "how", "when", "where", "which", "who").contains(first.lemma())
                && tokens.stream().skip(1).anyMatch(t -> VERBS.contains(t.tag()));
        return asks ? Optional.of("a question") : Optional.empty();
    }

    /**
     * A number before a plural noun, in a name of three words or more: "three responses to
     * dissatisfaction", "the four types of CRM" head a list rather than name a term a student would
     * type. A model named for its count keeps a singular head ("six markets model"), and letters
     * counted are a name ("7 Ps").
     */
    private static boolean counted(List<Token> tokens) {
        if (tokens.size() < 3) {
            return false;
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token next = tokens.get(i + 1);
            String word = next.text().toLowerCase(java.util.Locale.ROOT);
            boolean plural = next.tag().equals("NOUN")
                    && word.length() > 3
                    && !crmgraph.nlp.WordForms.singular(word).equals(word);
            boolean headed = i + 2 == tokens.size() || !tokens.get(i + 2).tag().equals("NOUN");
            if (tokens.get(i).tag().equals("NUM") && plural && headed) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVerb(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if ((verbal(tokens.get(i)) && !listed(tokens, i)) || missedVerb(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word between commas or coordinators, or after one at the end ("people, processes"), is a
     * member of a list of nouns, whatever the tagger called it.
     */
    private static boolean listed(List<Token> tokens, int i) {
        boolean after = i > 0 && separates(tokens.get(i - 1));
        boolean before = i + 1 == tokens.size() || separates(tokens.get(i + 1));
        return after && before;
    }

    private static boolean separates(Token t) {
        return t.text().equals(",") || t.tag().equals("CCONJ");
    }

    /** A noun right before a determiner is a verb the tagger missed ("one party notices the other"). */
    private static boolean missedVerb(List<Token> tokens, int i) {
        return i > 0
                && i + 1 < tokens.size()
                && tokens.get(i).isNoun()
                && tokens.get(i - 1).isNoun()
                && tokens.get(i + 1).tag().equals("DET");
    }

    /**
     * A verb, or a gerund the tagger took for a noun ("for building relationships"). A text
     * without one is a fragment unless it is a noun phrase opening with its determiner ("A
     * four-step framework for …"), the usual shape of a glossary definition.
     */
    private static boolean verbal(Token t) {
        return VERBS.contains(t.tag()) || (t.text().length() > 4 && t.text().endsWith("ing"));
    }

    /**
     * A lone adjective ("Situational", "general") is no concept to ask for by name: a member of a
     * list ("mass, segment-based, individual") may be one, a definition's subject is not.
     */
    boolean loneAdjective(String name) {
        List<Token> tokens = language.tagged(Sentences.lowerFirst(name.strip()));
        return tokens.size() == 1 && tokens.get(0).tag().equals("ADJ");
    }

    private static boolean unbalanced(String name) {
        return name.chars().filter(c -> c == '(').count()
                != name.chars().filter(c -> c == ')').count();
    }

    /** The same words twice in a row ("Double deviation Double deviation"): a front and back read as one. */
    private static boolean doubled(String name) {
        String[] words = name.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        int half = words.length / 2;
        return words.length >= 2
                && words.length % 2 == 0
                && java.util.Arrays.equals(words, 0, half, words, half, words.length);
    }

    /** Two words or more, all in capitals ("DATA QUALITY", "3 SCHOOLS"): a heading, where an acronym is one word. */
    private static boolean shouted(String name) {
        String[] words = name.split("\\s+");
        return words.length >= 2
                && name.chars().anyMatch(Character::isLetter)
                && name.equals(name.toUpperCase(java.util.Locale.ROOT))
                && java.util.Arrays.stream(words)
                                .filter(w -> w.chars().anyMatch(Character::isLetter))
                                .count()
                        >= 2;
    }

    /** A verb that is no participle ("scores", "rate"), which a term's name does not hold. */
    private static boolean finiteVerb(Token t) {
        String w = t.text().toLowerCase(java.util.Locale.ROOT);
        return (t.tag().equals("VERB") || t.tag().equals("AUX")) && !w.endsWith("ing") && !w.endsWith("ed");
    }

    /** Content words (nouns, verbs, adjectives, adverbs, numbers) outside brackets, stop words left out. */
    static int contentWords(List<Token> tokens) {
        int depth = 0;
        int count = 0;
        for (Token t : tokens) {
            // A tokenizer may glue a bracket to a quote ("')"): count the brackets a token holds.
            int opens = (int) t.text().chars().filter(c -> c == '(' || c == '[').count();
            int closes =
                    (int) t.text().chars().filter(c -> c == ')' || c == ']').count();
            if (opens > 0 || closes > 0) {
                depth = Math.max(0, depth + opens - closes);
            } else if (depth == 0 && CONTENT.contains(t.tag()) && !Words.STOP.contains(Words.normal(t.text()))) {
                count++;
            }
        }
        return count;
    }

    /** "and …", "which …", "in terms of …" without a verb of its own: the tail of a sentence. */
    private static boolean opensMidClause(List<Token> tokens) {
        Token first = tokens.get(0);
        if (first.tag().equals("CCONJ")) {
            return true;
        }
        return RELATIVE.contains(first.lemma()) && first.tag().equals("PRON");
    }

    /**
     * Ends on a word that needs more after it ("the", "of", "and", "can"), on a comma or dash, or
     * has a modal whose verb never comes ("how much of the ad can the sample").
     */
    private static boolean cutOff(List<Token> tokens, String text) {
        if (text.matches(".*[,;:\\-\u2013(]$") || EXAMPLE_AT_END.matcher(text).find()) {
            return true;
        }
        Token last = tokens.get(tokens.size() - 1);
        int end = last.tag().equals("PUNCT") ? tokens.size() - 2 : tokens.size() - 1;
        if (end < 0) {
            return true;
        }
        Token word = tokens.get(end);
        boolean possessive = word.tag().equals("PRON")
                && Set.of("their", "its", "our", "your", "his", "her", "my").contains(word.lemma());
        boolean asking = Set.of("what", "which", "who", "whom", "how", "where", "when", "why")
                .contains(word.lemma());
        if (DANGLING.contains(word.tag()) || possessive || asking) {
            return true;
        }
        return modalWithoutVerb(tokens);
    }

    /**
     * A text without closing punctuation whose last clause stops before what it needs: a determiner
     * and an adjective with no noun after them ("records that refer to the same"), a relative or
     * question word with no verb after it ("on the basis of what the firm"), or a second verb
     * without the object its first one had ("reach a website and use"). Texts a reader cut short
     * (a question frame "… use it is called:" cut at "it") end this way; a text with a full stop
     * ended where its writer meant it to.
     */
    private boolean unfinishedClause(List<Token> tokens) {
        return adjectiveWithoutNoun(tokens) || clauseWithoutVerb(tokens) || verbWithoutObject(tokens);
    }

    /**
     * Ends on a determiner and an adjective ("the same"), where the adjective does not read as a noun
     * on its own ("the average", "the total" do: in "the … is here" the tagger calls them nouns).
     */
    private boolean adjectiveWithoutNoun(List<Token> tokens) {
        int n = tokens.size();
        if (n < 2
                || !tokens.get(n - 1).tag().equals("ADJ")
                || !tokens.get(n - 2).tag().equals("DET")) {
            return false;
        }
        // "one party … the other", "from one day to the next": the noun is the one after "one"
        boolean contrast =
                tokens.subList(0, n - 2).stream().anyMatch(t -> t.lemma().equals("one"));
        return !contrast
                && language.tagged("the " + tokens.get(n - 1).text() + " is here")
                        .get(1)
                        .tag()
                        .equals("ADJ");
    }

    /**
     * The last relative or question word ("what", "which", "how") has no verb after it. "that" before a
     * preposition ("that of similar users") or a noun ("in that period") is a pronoun or determiner,
     * opening nothing.
     */
    private boolean clauseWithoutVerb(List<Token> tokens) {
        for (int i = tokens.size() - 2; i >= 0; i--) {
            Token t = tokens.get(i);
            boolean opens = CLAUSE_WORDS.contains(t.lemma())
                    && Set.of("PRON", "ADV", "DET", "SCONJ").contains(t.tag())
                    && !(t.lemma().equals("that")
                            && DEMONSTRATIVE_AFTER.contains(tokens.get(i + 1).tag()));
            if (opens) {
                List<Token> clause = tokens.subList(i + 1, tokens.size());
                return !hasVerb(clause)
                        && java.util.stream.IntStream.range(0, clause.size())
                                .noneMatch(k -> thirdPersonVerb(clause, k));
            }
        }
        return false;
    }

    /**
     * A word in -s after a noun that the tagger called a noun but that reads as a verb after "it"
     * ("a customer interacts", "which performs better"): the tagger often misses a clause's verb there.
     */
    private boolean thirdPersonVerb(List<Token> clause, int k) {
        Token t = clause.get(k);
        return t.isNoun()
                && t.text().endsWith("s")
                && (k == 0 || clause.get(k - 1).isNoun())
                && language.tagged("it " + t.text()).get(1).tag().equals("VERB");
    }

    /**
     * Ends on a coordinator and a bare verb ("… and use") where the verb before the coordinator had
     * an object of its own ("reach a website"): the second verb's object was cut off.
     */
    private static boolean verbWithoutObject(List<Token> tokens) {
        int n = tokens.size();
        if (n < 4 || !finiteVerb(tokens.get(n - 1)) || !tokens.get(n - 2).tag().equals("CCONJ")) {
            return false;
        }
        int i = n - 3;
        while (i >= 0
                && (OBJECT.contains(tokens.get(i).tag()) || tokens.get(i).tag().equals("ADP"))) {
            i--; // the first verb's object: a noun phrase, with phrases after it ("a website on a phone")
        }
        return i >= 0
                && i < n - 3
                && tokens.get(i).tag().equals("VERB")
                && OBJECT.contains(tokens.get(i + 1).tag());
    }

    private static boolean modalWithoutVerb(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.tag().equals("AUX")
                    || !Set.of("can", "could", "will", "would", "should", "may", "might", "must")
                            .contains(t.lemma())) {
                continue;
            }
            boolean verbFollows = false;
            for (int k = i + 1;
                    k < tokens.size()
                            && !Set.of(".", ";", ",").contains(tokens.get(k).text());
                    k++) {
                if (VERBS.contains(tokens.get(k).tag())) {
                    verbFollows = true;
                    break;
                }
            }
            if (!verbFollows) {
                return true;
            }
        }
        return false;
    }
}
