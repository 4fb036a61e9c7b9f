package crmgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EnglishTest {

    private final English english = English.shared();

    @Test
    void a_token_without_a_lemma_stands_for_itself_in_lower_case_whatever_the_default_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertThat(English.lemmaOr("O", "TITLE")).isEqualTo("title");
            assertThat(English.lemmaOr(null, "IDIC")).isEqualTo("idic");
            assertThat(English.lemmaOr(" ", "KPIs")).isEqualTo("kpis");
            assertThat(English.lemmaOr("Identify", "IDENTIFIES")).isEqualTo("identify");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void a_lemma_read_on_its_own_and_one_read_in_its_sentence_come_from_the_same_model() {
        assertThat(english.lemma("strategies", "NOUN")).isEqualTo("strategy");
        assertThat(english.lemmas("Loyal customers buy more.")).containsExactly("loyal", "customer", "buy", "more");
        assertThat(english.tagged("Loyal customers buy more."))
                .extracting(Token::lemma)
                .containsExactly("loyal", "customers", "buy", "more", ".");
    }

    @Test
    void many_threads_at_once_read_what_one_thread_reads() throws Exception {
        List<String> texts = IntStream.range(0, 400)
                .mapToObj(i -> i % 2 == 0
                        ? "Segment " + i + " buyers by their value and retain the best ones."
                        : "A loyal customer " + i + " is worth more over a lifetime than a new one.")
                .toList();
        List<String> alone = texts.stream()
                .map(t -> "2:" + String.join(" ", english.tags(words(t))))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> together = texts.stream()
                    .map(t -> pool.submit(() -> {
                        String sentences = english.sentences(t + " Then ask them why.").length + ":";
                        return sentences + String.join(" ", english.tags(words(t)));
                    }))
                    .toList();
            for (int i = 0; i < texts.size(); i++) {
                assertThat(together.get(i).get()).isEqualTo(alone.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String[] words(String text) {
        return opennlp.tools.util.Span.spansToStrings(english.tokens(text), text);
    }
}
