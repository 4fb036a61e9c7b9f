package crmgraph.graph;

import crmgraph.nlp.WordForms;
import java.util.List;
import java.util.Locale;

/**
 * How a part is said of its whole. A whole named by a plural ("levels of personalisation",
 * "sources of role conflict", "schools") is a collection its members belong to: "mass is one of the
 * levels of personalisation". A whole named by a singular ("IDIC model", "service blueprint") is a
 * thing made of its parts: "Identify is a part of IDIC model". Reviewers judged "is a part of" a
 * collection misleading.
 */
final class PartWords {

    private PartWords() {}

    /** "one of the" before a collection's name, "a part of" before a thing's. */
    static String before(String whole) {
        return collection(whole) ? "one of the" : "a part of";
    }

    /** Whether the name's head is a plural noun. */
    static boolean collection(String whole) {
        String head = head(whole);
        return head.length() > 3
                && head.endsWith("s")
                && !WordForms.singular(head).equals(head);
    }

    /** A whole's head word, lower-cased: the word before "of" ("levels of eCRM"), else its last word. */
    static String head(String whole) {
        List<String> words = List.of(whole.toLowerCase(Locale.ROOT).split("[^a-z]+"));
        int of = words.indexOf("of");
        return of > 0 ? words.get(of - 1) : words.isEmpty() ? "" : words.get(words.size() - 1);
    }
}
