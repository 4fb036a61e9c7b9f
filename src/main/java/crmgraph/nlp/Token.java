package crmgraph.nlp;

/** One analysed token: its text, where it sits in the input, its universal POS tag and its lower-case lemma. */
public record Token(String text, int start, int end, String tag, String lemma) {

    public boolean isNoun() {
        return tag.equals("NOUN") || tag.equals("PROPN");
    }
}
