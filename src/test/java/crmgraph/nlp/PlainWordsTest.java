package crmgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class PlainWordsTest {

    private final TokenizerME model = new TokenizerME(UdModels.shared().tokens());

    @Test
    void plain_words_stand_as_they_are_and_the_model_splits_the_rest_with_spans_into_the_whole_text() {
        String text = "The IDIC model (Peppers & Rogers) isn't new:\tit's 4 steps, e.g. identify.";
        Span[] spans = PlainWords.tokenize(model, text);
        // What the UD model says inside the chunks that need it: contractions stay whole.
        assertThat(Span.spansToStrings(spans, text))
                .containsExactly(
                        "The",
                        "IDIC",
                        "model",
                        "(",
                        "Peppers",
                        "&",
                        "Rogers",
                        ")",
                        "isn't",
                        "new",
                        ":",
                        "it's",
                        "4",
                        "steps",
                        ",",
                        "e.g",
                        ".",
                        "identify",
                        ".");
        assertThat(spans[4].getStart()).isEqualTo(text.indexOf("Peppers"));
        assertThat(spans[9].getStart()).isEqualTo(text.indexOf("new"));
    }

    @Test
    void text_made_of_plain_words_gives_the_tokens_the_model_gives() {
        String text = "customer relationship management builds loyalty over the customer lifetime in 3 stages";
        assertThat(Span.spansToStrings(PlainWords.tokenize(model, text), text))
                .containsExactly(Span.spansToStrings(model.tokenizePos(text), text));
    }

    @Test
    void blank_text_has_no_tokens() {
        assertThat(PlainWords.tokenize(model, " \t\n")).isEmpty();
        assertThat(Arrays.asList(PlainWords.tokenize(model, ""))).isEmpty();
    }
}
