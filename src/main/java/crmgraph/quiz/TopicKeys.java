package crmgraph.quiz;

import crmgraph.graph.StudyMaterial.CardRef;
import crmgraph.graph.StudyMaterial.Concept;
import crmgraph.graph.StudyMaterial.Definition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key a topic's stored items are kept under: a hash of the generator's version and of
 * everything in the graph those items can be made from, so a stored item is served only while all
 * of it is unchanged. A topic is a concept: its own items (term and keyword clozes and choices of
 * its definitions) and those of the lists and kinds it heads ({@link QuizItem.Source#topic}).
 *
 * <p>The key covers, read from the index the items would be generated from:
 *
 * <ul>
 *   <li>the concept itself: id, name, aliases, every definition with its card and deck, its cards;
 *   <li>the concepts its definitions mention (what a keyword cloze blanks and accepts), found the
 *       way the generator finds them, with their names and aliases;
 *   <li>how many definitions use each word of its definitions and whether the word is common (what a
 *       keyword cloze's rarity compares; rarity's other term, the number of definitions, is the same
 *       for every candidate of a definition and never changes which one wins);
 *   <li>its siblings, other kinds of its parents and concepts sharing its neighbours, as far as
 *       {@link #REACH}, with their names and aliases (distractors, close but wrong answers); the
 *       parents themselves, and the counts of its name's words (a kind named by its parent's name
 *       is asked with that name shown, unless its first word is common);
 *   <li>what else is right for it ({@link Equivalents}): the concepts stating one of its facts, with
 *       their names and aliases, and the names of the same model;
 *   <li>the lists it is a member of, with their names and the decks that list it (a term cloze asks
 *       a member within its one list);
 *   <li>the parts and kinds of the lists it heads, in order, with names, aliases, order, card and
 *       deck, and the parts' own definitions (a part named by its position is shown by one);
 *   <li>how every name and definition above is shown: with each capitalised name spelt as most decks
 *       spell it ({@link Spellings}), which an import of another deck can change; and whether each
 *       word of its definitions heads two concept names or more (a category word, never blanked).
 * </ul>
 *
 * A change anywhere else in the graph leaves the key, and so the stored items, as they are. A rule
 * that reads something else from the graph must add it here; a rule that reads these differently
 * changes the generator's code, and with it {@link GeneratorVersion}.
 */
final class TopicKeys {

    /** How far the walks for distractors and close answers are hashed: at least as far as any rule reads. */
    static final int REACH = 200;

    /** A word and every run of letters or digits inside it ("customer's" has "customer" too). */
    private static final Pattern PIECE = Pattern.compile("[\\p{L}\\p{N}]+");

    private TopicKeys() {}

    /** Each topic's key, in the index's order of concepts. */
    static Map<String, String> of(StudyIndex index, String generatorVersion) {
        List<Concept> concepts = new ArrayList<>(index.concepts());
        List<String> keys = concepts.parallelStream()
                .map(c -> key(index, generatorVersion, c))
                .toList();
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < concepts.size(); i++) {
            out.put(concepts.get(i).id(), keys.get(i));
        }
        return out;
    }

    static String key(StudyIndex index, String generatorVersion, Concept concept) {
        Hash h = new Hash();
        h.add("generator").add(generatorVersion);
        h.add("concept");
        names(h, index, concept);
        for (Definition d : concept.definitions()) {
            h.add("definition").add(d.text()).add(d.card()).add(d.deck()).add(index.bestSpelling(d.text()));
        }
        for (CardRef c : concept.cards()) {
            h.add("card").add(c.card()).add(c.deck());
        }
        for (Definition d : concept.definitions()) {
            for (String text : List.of(d.text(), DefinitionText.of(d.text()))) {
                mentions(h, index, text);
                words(h, index, text);
            }
        }
        reach(h, index, "siblings", index.siblings(concept.id(), REACH));
        reach(h, index, "co-kinds", index.coKinds(concept.id(), REACH));
        reach(h, index, "parents", index.parentsOf(concept.id()));
        words(h, index, concept.name());
        reach(h, index, "sharing neighbours", index.sharingNeighbours(concept.id(), REACH));
        Equivalents.Same same = index.same(concept);
        reach(h, index, "same facts", same.concepts());
        h.add("same names");
        same.names().forEach(h::add);
        for (Concept whole : index.wholesOf(concept.id())) {
            h.add("whole");
            names(h, index, whole);
            index.partsOf(whole.id()).stream()
                    .filter(p -> p.concept().id().equals(concept.id()))
                    .forEach(p -> h.add(p.deck()));
        }
        parts(h, index, "parts", index.partsOf(concept.id()));
        parts(h, index, "kinds", index.kindLists().getOrDefault(concept.id(), List.of()));
        return h.hex();
    }

    private static void mentions(Hash h, StudyIndex index, String text) {
        for (StudyIndex.Mention m : index.mentions(text)) {
            h.add("mention").add(Integer.toString(m.start())).add(Integer.toString(m.end()));
            names(h, index, m.concept());
        }
    }

    private static void words(Hash h, StudyIndex index, String text) {
        Set<String> keys = new LinkedHashSet<>();
        for (Words.Span span : Words.spans(text)) {
            keys.add(span.key());
            Matcher m = PIECE.matcher(span.word());
            while (m.find()) {
                keys.add(Words.spans(m.group()).get(0).key());
            }
        }
        for (String key : keys) {
            h.add("word")
                    .add(key)
                    .add(Integer.toString(index.documentFrequency(key)))
                    .add(Boolean.toString(index.common(key)))
                    .add(Boolean.toString(index.heads(key)));
        }
    }

    private static void reach(Hash h, StudyIndex index, String walk, List<Concept> found) {
        h.add(walk);
        found.forEach(c -> names(h, index, c));
    }

    private static void parts(Hash h, StudyIndex index, String what, List<StudyIndex.Part> parts) {
        h.add(what);
        for (StudyIndex.Part p : parts) {
            names(h, index, p.concept());
            h.add(String.valueOf(p.order())).add(p.card()).add(p.deck());
            // a member named by its position is shown by its own definition (Positions)
            p.concept().definitions().forEach(d -> h.add("member definition").add(d.text()));
            // a kind of another member is no direct kind of the list's head (ListItems.direct)
            index.parentsOf(p.concept().id())
                    .forEach(parent -> h.add("member parent").add(parent.id()));
        }
    }

    /** A concept's names, and how they are shown: the spelling most decks use ({@link Spellings}). */
    private static void names(Hash h, StudyIndex index, Concept c) {
        h.add(c.id())
                .add(c.name())
                .add(index.displayName(c))
                .add(Integer.toString(c.aliases().size()));
        c.aliases().forEach(a -> h.add(a).add(index.bestSpelling(a)));
    }

    /** SHA-256 over strings, each with its length in front so that no two sequences hash alike by running together. */
    private static final class Hash {
        private final MessageDigest sha;

        Hash() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Hash add(String s) {
            byte[] bytes = (s == null ? "\u0000null" : s).getBytes(StandardCharsets.UTF_8);
            sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(bytes);
            return this;
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
