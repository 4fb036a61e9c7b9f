package crmgraph.quiz;

import crmgraph.graph.StudyMaterial.Concept;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Items from lists (a whole and its parts): list clozes, one per member blanked with the list
 * named and the others shown in order (so a long list gives several variants), and order items
 * for ordered lists of three or more.
 */
final class ListItems {

    private static final int MAX_VARIANTS = 10;
    private static final int MIN_ORDER = 3;
    /** Longer lists (a head noun with hundreds of kinds) make prompts nobody can learn from. */
    static final int MAX_MEMBERS = 15;

    private final StudyIndex index;
    private final SourceCheck sources;

    ListItems(StudyIndex index, SourceCheck sources) {
        this.index = index;
        this.sources = sources;
    }

    /**
     * List clozes and an order item. A blank is fair only in a closed list, one whose members are
     * all known: numbered without gaps, or announced with their count ("the five dimensions") —
     * in an open list of examples any other example is as right. Members named by their position
     * ("Stage 2", "Step 3") would give the answer away: such a list gives no list clozes, and an
     * order item only where every such member can be shown by its content (a short definition). A
     * list with gaps in its numbering is incomplete and gives no order item; a list with a member
     * whose name is a heading or a question was misread and gives nothing.
     */
    List<QuizItem> of(Concept whole, List<StudyIndex.Part> parts) {
        List<QuizItem> items = new ArrayList<>();
        if (parts.size() < 2 || parts.size() > MAX_MEMBERS || misread(parts)) {
            return items;
        }
        boolean positional =
                parts.stream().anyMatch(p -> Positions.named(p.concept().name()));
        boolean closed = ordered(parts) && complete(parts) || Counts.announced(whole, parts.size());
        for (int i = 0; closed && !positional && i < parts.size() && i < MAX_VARIANTS; i++) {
            listCloze(whole, whole.name(), "", parts, i).ifPresent(items::add);
        }
        // An acronym spelled by the members tells their order: such a list is asked letter by letter instead.
        if (ordered(parts) && complete(parts) && spelled(whole, parts).isEmpty()) {
            order(whole, parts).ifPresent(items::add);
        }
        return items;
    }

    /**
     * List clozes over the kinds of a parent ("Kinds of CRM: Operational CRM, ____, …"), only where
     * the parent announces how many kinds there are: kinds gathered from names across the decks
     * ("buzz marketing", "internal marketing" …) are an open set.
     */
    List<QuizItem> kinds(Concept parent, List<StudyIndex.Part> all) {
        List<QuizItem> items = new ArrayList<>();
        List<StudyIndex.Part> kinds = direct(all);
        if (misread(kinds) || !Counts.announced(parent, kinds.size())) {
            return items;
        }
        for (int i = 0; kinds.size() >= 2 && kinds.size() <= MAX_MEMBERS && i < kinds.size() && i < MAX_VARIANTS; i++) {
            listCloze(parent, "Kinds of " + parent.name(), "kind", kinds, i).ifPresent(items::add);
        }
        return items;
    }

    /**
     * The kinds that are no kind of another kind in the list: "hard standards" is a kind of
     * "customer-defined standards", so a list of the kinds of "standards" holding both would show
     * a kind beside its own parent as if they were siblings.
     */
    private List<StudyIndex.Part> direct(List<StudyIndex.Part> kinds) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        kinds.forEach(k -> ids.add(k.concept().id()));
        return kinds.stream()
                .filter(k -> index.parentsOf(k.concept().id()).stream().noneMatch(p -> ids.contains(p.id())))
                .toList();
    }

    private java.util.Optional<ListCloze> listCloze(
            Concept whole, String title, String variant, List<StudyIndex.Part> parts, int blank) {
        StudyIndex.Part answer = parts.get(blank);
        List<String> cased =
                inOneCase(parts.stream().map(p -> p.concept().name()).toList());
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            shown.add(i == blank ? QuizItem.BLANK : cased.get(i));
        }
        String prompt = spelled(whole, parts)
                .map(acronym -> title + ": " + lettered(acronym, shown))
                .orElse(title + (ordered(parts) ? " (in order): " : ": ") + String.join(", ", shown));
        Forms forms = index.forms(answer.concept());
        if (forms.occursIn(prompt)) {
            return java.util.Optional.empty();
        }
        List<String> siblings = parts.stream()
                .filter(p -> p != answer)
                .map(p -> p.concept().name())
                .toList();
        AnswerKey key = new AnswerKey(answer.concept().name(), answer.concept().aliases(), siblings);
        String id = Ids.of('l', whole.id(), answer.concept().id(), answer.card(), variant);
        return java.util.Optional.of(new ListCloze(
                id,
                prompt,
                key,
                new QuizItem.Source(
                        answer.concept().id(), answer.concept().name(), whole.id(), answer.card(), answer.deck()),
                parts.stream().map(p -> p.concept().name()).toList()));
    }

    /**
     * Members written as most of the list writes them: where most start in lower case, one that
     * starts with a capital only because a deck wrote it so ("Retention" among "acquisition",
     * "development") is shown in lower case too. A name with more capitals (an acronym, "Net
     * Promoter Score") is kept as written.
     */
    static List<String> inOneCase(List<String> names) {
        long lower = names.stream()
                .filter(n -> !n.isEmpty() && Character.isLowerCase(n.charAt(0)))
                .count();
        if (lower * 2 <= names.size()) {
            return names;
        }
        return names.stream().map(ListItems::lowerFirst).toList();
    }

    private static String lowerFirst(String name) {
        boolean oneCapital = !name.isEmpty()
                && Character.isUpperCase(name.charAt(0))
                && name.codePoints().skip(1).noneMatch(Character::isUpperCase);
        return oneCapital ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
    }

    private java.util.Optional<OrderItem> order(Concept whole, List<StudyIndex.Part> parts) {
        List<String> names = new ArrayList<>();
        for (StudyIndex.Part p : parts) {
            java.util.Optional<String> shown = Positions.shown(p.concept());
            boolean weakName = shown.isPresent()
                    && shown.get().equals(p.concept().name())
                    && sources.nameWeakness(shown.get()).isPresent();
            if (shown.isEmpty() || weakName) {
                return java.util.Optional.empty();
            }
            names.add(shown.get());
        }
        if (names.stream().map(Words::normal).distinct().count() < names.size()) {
            return java.util.Optional.empty();
        }
        String id = Ids.of('o', whole.id(), String.join("|", names));
        List<String> shuffled = shuffled(names, id);
        String letters = names.stream()
                .map(n -> String.valueOf((char) ('A' + shuffled.indexOf(n))))
                .collect(Collectors.joining(" "));
        AnswerKey key = new AnswerKey(String.join(", ", names), List.of(letters), List.of());
        StudyIndex.Part first = parts.get(0);
        return java.util.Optional.of(new OrderItem(
                id,
                "Put the parts of " + whole.name() + " in order.",
                key,
                new QuizItem.Source(whole.id(), whole.name(), whole.id(), first.card(), first.deck()),
                shuffled,
                names));
    }

    /**
     * The acronym in the whole's name or aliases that the members' initials spell in the list's
     * order ("IDIC" for identify, differentiate, interact, customize). Such a list is asked letter by
     * letter, so the initial the acronym gives away is part of the question, not a hint.
     */
    static java.util.Optional<String> spelled(Concept whole, List<StudyIndex.Part> parts) {
        StringBuilder initials = new StringBuilder();
        for (StudyIndex.Part p : parts) {
            String name = p.concept().name().strip();
            if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
                return java.util.Optional.empty();
            }
            initials.append(Character.toUpperCase(name.charAt(0)));
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(whole.name()), whole.aliases().stream())
                .flatMap(n -> crmgraph.nlp.Acronym.in(n).stream())
                .filter(a -> a.equalsIgnoreCase(initials.toString()))
                .findFirst();
    }

    private static String lettered(String acronym, List<String> shown) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            out.add(acronym.charAt(i) + " = " + shown.get(i));
        }
        return String.join(", ", out);
    }

    /** A fixed shuffle of the names that is never the right order. */
    static List<String> shuffled(List<String> names, String id) {
        List<String> out = new ArrayList<>(names);
        Random random = new Random(Ids.seed(id));
        do {
            Collections.shuffle(out, random);
        } while (out.equals(names) && names.size() > 1);
        return out;
    }

    /** A member named by a heading, a question or a stray mark: the list was misread. */
    private boolean misread(List<StudyIndex.Part> parts) {
        return parts.stream()
                .anyMatch(p -> sources.nameWeakness(p.concept().name()).isPresent());
    }

    /** Numbered 1, 2, 3 … without gaps: nothing of the list is missing. */
    private static boolean complete(List<StudyIndex.Part> parts) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).order() != i + 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean ordered(List<StudyIndex.Part> parts) {
        return parts.size() >= MIN_ORDER
                && parts.stream().allMatch(p -> p.order() != null)
                && parts.stream().map(StudyIndex.Part::order).distinct().count() == parts.size();
    }
}
