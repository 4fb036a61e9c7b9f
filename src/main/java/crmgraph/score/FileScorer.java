package crmgraph.score;

import crmgraph.RelationType;
import crmgraph.read.Card;
import crmgraph.read.ReadDeck;
import crmgraph.resolve.ResolvedConcept;
import crmgraph.resolve.ResolvedDeck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Scores one file's reading (its cards and resolved concepts) against the file's gold. */
final class FileScorer {

    /** A definition that holds a gold text this close to its start is that text's definition. */
    private static final int OPENS_WITHIN = 15;

    private static final Pattern DEBRIS = Pattern.compile("\\]\\(|!\\[|https?:|www\\.|\\?$|^[^\\p{L}\\p{N}]");
    private static final int MAX_NAME_WORDS = 8;

    private final String file;
    private final Gold gold;
    private final ReadDeck deck;
    private final ResolvedDeck resolved;
    private final Map<String, List<String>> definitions = new HashMap<>();
    private final List<String> misses = new ArrayList<>();

    FileScorer(String file, Gold gold, ReadDeck deck, ResolvedDeck resolved) {
        this.file = file;
        this.gold = gold;
        this.deck = deck;
        this.resolved = resolved;
        resolved.definitions()
                .forEach(d -> definitions
                        .computeIfAbsent(d.concept(), k -> new ArrayList<>())
                        .add(Match.text(d.text())));
    }

    FileScore score() {
        int read = 0;
        int right = 0;
        int flaggedWrong = 0;
        int flaggedRight = 0;
        Set<Card> used = new HashSet<>();
        for (Gold.GoldCard g : gold.cards()) {
            Card card = cardFor(g, used);
            boolean isRight = card != null && extractedRight(g);
            read += card != null ? 1 : 0;
            right += isRight ? 1 : 0;
            Card near = card != null ? card : cardWithFront(g);
            if (near != null && near.uncertain()) {
                flaggedRight += isRight ? 1 : 0;
                flaggedWrong += isRight ? 0 : 1;
            }
            if (!isRight) {
                misses.add((card == null ? "CARD NOT READ  " : "CARD WRONG     ") + describe(g) + readAs(near));
            }
        }
        int definitionsGiven = (int) gold.cards().stream()
                .filter(g -> g.term() != null && g.definition() != null)
                .count();
        int found = (int) gold.concepts().stream().filter(this::found).count();
        List<Double> lists = gold.lists().stream().map(this::listRecall).toList();
        int kinds = (int) gold.kinds().stream().filter(this::kindFound).count();
        boolean notes = gold.cards().isEmpty() || file.endsWith(".md") || file.endsWith(".markdown");
        return new FileScore(
                file,
                notes,
                gold.cards().size(),
                read,
                right,
                flaggedWrong,
                flaggedRight,
                definitionsGiven,
                misfiled(),
                junk(),
                gold.concepts().size(),
                found,
                lists,
                gold.kinds().size(),
                kinds,
                misses);
    }

    /** The first card not yet matched whose front and back start as the gold's. */
    private Card cardFor(Gold.GoldCard g, Set<Card> used) {
        for (Card c : deck.cards()) {
            if (!used.contains(c) && starts(c.front(), g.front()) && backMatches(c.back(), g.back())) {
                used.add(c);
                return c;
            }
        }
        return null;
    }

    private Card cardWithFront(Gold.GoldCard g) {
        return deck.cards().stream()
                .filter(c -> starts(c.front(), g.front()))
                .findFirst()
                .orElse(null);
    }

    /** An "Answer:" label or a list marker is no part of an answer, written by the file or by the gold. */
    private static boolean backMatches(String back, String goldBack) {
        if (goldBack == null || goldBack.isBlank()) {
            return Match.text(back).isEmpty();
        }
        // a chosen option may be given as its letter, its text or both; a list item with or without its marker
        return starts(Match.withoutAnswerLabel(back), Match.withoutAnswerLabel(goldBack))
                || starts(Match.withoutMarker(back), Match.withoutMarker(goldBack));
    }

    private static boolean starts(String text, String goldStart) {
        String p = Match.prefix(goldStart);
        return !p.isEmpty() && Match.text(text).startsWith(p);
    }

    private boolean extractedRight(Gold.GoldCard g) {
        if (g.term() == null) {
            return true;
        }
        List<String> keys = conceptsNamed(g.term());
        if (keys.isEmpty()) {
            return false;
        }
        if (g.definition() == null) {
            return keys.stream().noneMatch(k -> holdsOtherCardsDefinition(k, g));
        }
        String p = Match.start(g.definition());
        return keys.stream()
                .anyMatch(k -> definitions.getOrDefault(k, List.of()).stream().anyMatch(t -> t.contains(p)));
    }

    private boolean holdsOtherCardsDefinition(String key, Gold.GoldCard self) {
        return gold.cards().stream()
                .filter(o -> o != self && o.definition() != null)
                .map(o -> Match.prefix(o.definition()))
                .anyMatch(p -> definitions.getOrDefault(key, List.of()).stream().anyMatch(t -> t.startsWith(p)));
    }

    /** Gold definitions that open a definition of a concept not named like the card's term: wrong facts. */
    private int misfiled() {
        int n = 0;
        for (Gold.GoldCard g : gold.cards()) {
            if (g.term() == null || g.definition() == null) {
                continue;
            }
            String p = Match.start(g.definition());
            for (ResolvedConcept c : resolved.concepts()) {
                if (!named(c, g.term())
                        && definitions.getOrDefault(c.key(), List.of()).stream()
                                .anyMatch(t -> t.indexOf(p) >= 0 && t.indexOf(p) < OPENS_WITHIN)) {
                    misses.add("MISFILED       " + describe(g) + " filed under \"" + c.name() + "\"");
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private int junk() {
        int n = 0;
        for (ResolvedConcept c : resolved.concepts()) {
            boolean listed = gold.notConcepts().stream().anyMatch(j -> Match.sameName(j, c.name()));
            boolean debris =
                    DEBRIS.matcher(c.name().strip()).find() || c.name().strip().split("\\s+").length > MAX_NAME_WORDS;
            if (listed || debris) {
                misses.add("JUNK           \"" + c.name() + "\"" + (listed ? "" : " (debris)"));
                n++;
            }
        }
        return n;
    }

    private boolean found(String expected) {
        boolean found = !conceptsNamed(expected).isEmpty();
        if (!found) {
            misses.add("CONCEPT MISSED \"" + expected + "\"");
        }
        return found;
    }

    private double listRecall(Gold.GoldList list) {
        Map<String, Set<String>> members = new HashMap<>();
        for (ResolvedDeck.Relation r : resolved.relations()) {
            if (r.type() == RelationType.HAS_PART) {
                members.computeIfAbsent(r.from(), k -> new HashSet<>()).add(nameOf(r.to()));
            } else if (r.type() == RelationType.IS_A) {
                members.computeIfAbsent(r.to(), k -> new HashSet<>()).add(nameOf(r.from()));
            }
        }
        double best = 0;
        for (Set<String> got : members.values()) {
            long hit = list.members().stream()
                    .map(Match::name)
                    .filter(w ->
                            got.stream().anyMatch(x -> x.equals(w) || !x.isEmpty() && (x.contains(w) || w.contains(x))))
                    .count();
            best = Math.max(
                    best,
                    list.members().isEmpty() ? 1 : (double) hit / list.members().size());
        }
        if (best < 1) {
            misses.add(String.format(java.util.Locale.ROOT, "LIST %.2f      \"%s\"", best, list.name()));
        }
        return best;
    }

    private boolean kindFound(List<String> pair) {
        if (pair.size() != 2) {
            return false;
        }
        List<String> subs = conceptsNamed(pair.get(0));
        List<String> supers = conceptsNamed(pair.get(1));
        boolean found = resolved.relations().stream()
                .anyMatch(r -> r.type() == RelationType.IS_A && subs.contains(r.from()) && supers.contains(r.to()));
        if (!found) {
            misses.add("KIND MISSED    " + pair.get(0) + " is a " + pair.get(1));
        }
        return found;
    }

    private List<String> conceptsNamed(String term) {
        return resolved.concepts().stream()
                .filter(c -> named(c, term))
                .map(ResolvedConcept::key)
                .toList();
    }

    private static boolean named(ResolvedConcept c, String term) {
        return Match.sameName(c.name(), term) || c.aliases().stream().anyMatch(a -> Match.sameName(a, term));
    }

    private String nameOf(String key) {
        return resolved.concepts().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .map(c -> Match.name(c.name()))
                .orElse("");
    }

    private static String describe(Gold.GoldCard g) {
        return "\"" + excerpt(g.front()) + "\" / \"" + excerpt(g.back()) + "\""
                + (g.term() == null
                        ? ""
                        : " → " + g.term() + (g.definition() == null ? "" : ": " + excerpt(g.definition())));
    }

    private static String readAs(Card c) {
        return c == null
                ? ""
                : "  [read: \"" + excerpt(c.front()) + "\" / \"" + excerpt(c.back()) + "\""
                        + (c.uncertain() ? ", flagged" : "") + "]";
    }

    private static String excerpt(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return t.length() > 50 ? t.substring(0, 50) + "…" : t;
    }
}
