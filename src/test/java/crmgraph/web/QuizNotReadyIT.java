package crmgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.quiz.QuizService;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a student and an API client get while a large graph's quiz items are still being made. */
class QuizNotReadyIT {

    private static Javalin app;
    private static Http http;

    @BeforeAll
    static void start() {
        ErrorHandlers errors = new ErrorHandlers(new Views());
        app = Javalin.create(config -> {
                    config.routes.get("/quiz/play", ctx -> {
                        throw new QuizService.NotReady();
                    });
                    config.routes.get("/api/quiz/items", ctx -> {
                        throw new QuizService.NotReady();
                    });
                    config.routes.exception(QuizService.NotReady.class, errors::quizNotReady);
                })
                .start("127.0.0.1", 0);
        http = Http.local(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void the_api_answers_503_with_retry_after_and_a_sentence() {
        HttpResponse<String> r = http.get("/api/quiz/items");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).contains(String.valueOf(QuizService.NotReady.RETRY_SECONDS));
        assertThat(Http.parse(r.body()).get("error").asText()).contains("still being prepared");
    }

    @Test
    void the_quiz_page_says_so_and_reloads_itself_without_a_script() {
        HttpResponse<String> r = http.get("/quiz/play");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Refresh")).contains(String.valueOf(QuizService.NotReady.RETRY_SECONDS));
        assertThat(r.body()).contains("still being prepared").doesNotContain("<script>");
    }
}
