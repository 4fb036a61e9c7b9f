package crmgraph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds one model taught under two names: two lists whose members match one to one ("IDIC model":
 * Identify, Differentiate, Interact, Customize; "four steps of one-to-one marketing": Identify your
 * customers, Differentiate them, …). Members match when one's words are all among the other's
 * (a bare "Identify" stands for "Identify your prospects"), allowing a spelling variant of a long
 * word ("customise"/"customize"). A wrong link is worse than none, so the match must be exact:
 * the same number of members (three or more), every member matching exactly one of the other list,
 * in the same order when both lists are ordered, and wholes whose names do not contain each other
 * ("types of CRM" listing CRM's kinds is a heading over the same list, not another name for CRM).
 */
final class SameModels {

    static final int MIN_MEMBERS = 3;

    /** A whole and its parts as concept keys, in order when {@code ordered}. */
    record ModelList(String whole, List<String> parts, boolean ordered) {

        ModelList {
            parts = List.copyOf(parts);
        }
    }

    /** {@code whole}'s list is {@code other}'s under another name; {@code members} pairs their parts, in {@code whole}'s order. */
    record Twin(String whole, String other, List<MemberPair> members) {}

    record MemberPair(String member, String other) {}

    private final Map<String, ModelList> lists = new HashMap<>();
    private final Map<String, Set<String>> wholesByStem = new HashMap<>();

    SameModels(Collection<ModelList> all) {
        for (ModelList list : all) {
            if (list.parts().size() >= MIN_MEMBERS
                    && Set.copyOf(list.parts()).size() == list.parts().size()) {
                lists.put(list.whole(), list);
                list.parts()
                        .forEach(part -> stems(part)
                                .forEach(s -> wholesByStem
                                        .computeIfAbsent(s, k -> new HashSet<>())
                                        .add(list.whole())));
            }
        }
    }

    /** Every other list that is {@code list} under another name. */
    List<Twin> twins(String whole) {
        ModelList list = lists.get(whole);
        if (list == null) {
            return List.of();
        }
        List<Twin> found = new ArrayList<>();
        for (String candidate : candidates(list)) {
            ModelList other = lists.get(candidate);
            // a whole whose name holds the other's ("types of CRM" over CRM's list) is a heading, not a second name
            if (!candidate.equals(list.whole()) && !sameMember(list.whole(), candidate)) {
                match(list, other).ifPresent(pairs -> found.add(new Twin(list.whole(), candidate, pairs)));
            }
        }
        return found;
    }

    /** Wholes with as many parts, where every part of {@code list} shares a word stem with one of theirs. */
    private Set<String> candidates(ModelList list) {
        Set<String> result = null;
        for (String part : list.parts()) {
            Set<String> sharing = new HashSet<>();
            stems(part).forEach(s -> sharing.addAll(wholesByStem.getOrDefault(s, Set.of())));
            if (result == null) {
                result = sharing;
            } else {
                result.retainAll(sharing);
            }
        }
        result.removeIf(w -> lists.get(w).parts().size() != list.parts().size());
        return result;
    }

    private static Optional<List<MemberPair>> match(ModelList a, ModelList b) {
        boolean inOrder = a.ordered() && b.ordered();
        List<MemberPair> pairs = new ArrayList<>();
        for (int i = 0; i < a.parts().size(); i++) {
            String member = a.parts().get(i);
            List<String> matching = matching(member, b.parts());
            if (matching.size() != 1
                    || (inOrder && !matching.get(0).equals(b.parts().get(i)))) {
                return Optional.empty();
            }
            pairs.add(new MemberPair(member, matching.get(0)));
        }
        boolean eachOnce = pairs.stream().map(MemberPair::other).distinct().count() == pairs.size();
        return eachOnce ? Optional.of(pairs) : Optional.empty();
    }

    /**
     * The members of {@code others} that {@code member} matches; where several do, those it starts
     * ("plan" names "plan the account", not "act on the plan").
     */
    private static List<String> matching(String member, List<String> others) {
        List<String> all = others.stream().filter(o -> sameMember(member, o)).toList();
        if (all.size() < 2) {
            return all;
        }
        return all.stream().filter(o -> sameStart(member, o)).toList();
    }

    private static boolean sameStart(String a, String b) {
        String[] wa = a.split(" ");
        String[] wb = b.split(" ");
        int n = Math.min(wa.length, wb.length);
        for (int i = 0; i < n; i++) {
            if (!wa[i].equals(wb[i]) && !TypoMatcher.sameWord(wa[i], wb[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether one key's words are all among the other's. */
    static boolean sameMember(String a, String b) {
        String[] wa = a.split(" ");
        String[] wb = b.split(" ");
        return wa.length <= wb.length ? within(wa, wb) : within(wb, wa);
    }

    private static boolean within(String[] shorter, String[] longer) {
        for (String word : shorter) {
            boolean found = false;
            for (String other : longer) {
                if (word.equals(other) || TypoMatcher.sameWord(word, other)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Index stems: each word's first four letters, so spelling variants of a word meet. */
    private static Set<String> stems(String key) {
        Set<String> out = new HashSet<>();
        for (String word : key.split(" ")) {
            if (!word.isEmpty()) {
                out.add(word.length() > 4 ? word.substring(0, 4) : word);
            }
        }
        return out;
    }
}
