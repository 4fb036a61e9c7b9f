package crmgraph.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Items as an Anki "Notes in Plain Text" file of the Cloze note type: tab-separated Text and
 * Extra fields under {@code #separator:tab}, {@code #html:false}, {@code #notetype:Cloze},
 * {@code #deck:…} headers. Each cloze item becomes a note with {@code {{c1::answer}}}; the
 * variants of one list become a single note with one cloze number per member. Choice and order
 * items have no cloze form and are left out.
 */
public final class AnkiExport {

    private AnkiExport() {}

    public static String of(String deckName, List<QuizItem> items) {
        StringBuilder out = new StringBuilder();
        out.append("#separator:tab\n#html:false\n#notetype:Cloze\n#deck:")
                .append(field(deckName))
                .append("\n#columns:Text\tExtra\n");
        Map<String, ListCloze> lists = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (QuizItem item : items) {
            if (item instanceof ListCloze list) {
                lists.putIfAbsent(list.source().topic() + "|" + title(list), list);
            } else if (item instanceof TermCloze || item instanceof KeywordCloze) {
                notes.add(cloze(item.prompt(), item.key().answer()) + "\t" + field(extra(item)));
            }
        }
        lists.values().forEach(l -> notes.add(listNote(l) + "\t" + field(extra(l))));
        notes.forEach(n -> out.append(n).append('\n'));
        return out.toString();
    }

    private static String cloze(String prompt, String answer) {
        return field(prompt).replace(QuizItem.BLANK, "{{c1::" + clozeText(answer) + "}}");
    }

    /** "List: {{c1::A}}, {{c2::B}}, …" from the list's name (the prompt up to its colon) and members. */
    private static String listNote(ListCloze list) {
        StringBuilder b = new StringBuilder(field(title(list))).append(": ");
        for (int i = 0; i < list.members().size(); i++) {
            b.append(i == 0 ? "" : ", ")
                    .append("{{c")
                    .append(i + 1)
                    .append("::")
                    .append(clozeText(list.members().get(i)))
                    .append("}}");
        }
        return b.toString();
    }

    /** The list's title: its prompt up to the colon ("IDIC model (in order)", "Kinds of CRM"). */
    private static String title(ListCloze list) {
        return list.prompt().substring(0, list.prompt().indexOf(": "));
    }

    private static String extra(QuizItem item) {
        return item.source().conceptName() + " (crmgraph card " + item.source().card() + ")";
    }

    /** Tabs and line breaks would end the field or the note. */
    private static String field(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    /** Cloze markup inside an answer would break the note. */
    private static String clozeText(String text) {
        return field(text).replace("}}", "} }").replace("::", ": :");
    }
}
