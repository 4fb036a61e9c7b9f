package crmgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.app.App;
import crmgraph.graph.QuizQueries;
import crmgraph.graph.ReviewStore;
import crmgraph.nlp.English;
import crmgraph.quiz.ChoiceItem;
import crmgraph.quiz.ItemGenerator;
import crmgraph.quiz.OrderItem;
import crmgraph.quiz.QuizFixture;
import crmgraph.quiz.QuizItem;
import crmgraph.quiz.QuizService;
import crmgraph.testing.TestGraph;
import io.javalin.Javalin;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Takes a five-item quiz in headless Chromium with the keyboard only, answering one item wrongly. */
class QuizBrowserIT {

    private static Javalin app;
    private static WebDriver browser;
    private static QuizService answers;

    @BeforeAll
    static void start() {
        TestGraph.wipe();
        QuizFixture.crm().writeTo(TestGraph.store());
        app = App.create(TestGraph.store()).start("127.0.0.1", 0);
        answers = new QuizService(
                new QuizQueries(TestGraph.store()),
                new ReviewStore(TestGraph.store()),
                English::shared,
                Clock.systemUTC());
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--window-size=1000,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.stop();
    }

    @Test
    void a_five_item_quiz_taken_by_keyboard_shows_feedback_and_a_summary() throws Exception {
        browser.get("http://127.0.0.1:" + app.port() + "/quiz?concept=" + QuizFixture.id("IDIC model") + "&limit=5");
        for (int i = 0; i < 5; i++) {
            assertThat(browser.findElement(By.id("progress")).getText()).isEqualTo("Item " + (i + 1) + " of 5");
            WebElement focused = browser.switchTo().activeElement();
            assertThat(focused.getAttribute("id"))
                    .as("the answer field has the focus")
                    .isEqualTo("answer");
            String itemId = browser.findElement(By.id("question")).getAttribute("data-item");
            String typed = i == 1
                    ? "something else entirely"
                    : rightAnswer(answers.item(itemId).orElseThrow());
            submit(() -> focused.sendKeys(typed + Keys.ENTER));
            WebElement feedback = browser.findElement(By.id("feedback"));
            if (i == 1) {
                assertThat(feedback.getText()).contains("Not quite").contains("Expected");
                assertThat(feedback.findElement(By.tagName("a")).getAttribute("href"))
                        .contains("/concepts/");
                screenshot("quiz-feedback-wrong.png");
            } else {
                assertThat(feedback.getText()).as(typed).startsWith("Right");
            }
        }
        assertThat(browser.findElement(By.id("score")).getText()).isEqualTo("4 of 5 right.");
        assertThat(browser.findElements(By.cssSelector("#review a"))).hasSize(1);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("again");
        screenshot("quiz-summary.png");
    }

    @Test
    void a_wrong_answer_in_other_words_is_counted_as_right_with_one_click() throws Exception {
        QuizItem typed = answers.items().stream()
                .filter(i -> i instanceof crmgraph.quiz.TermCloze)
                .findFirst()
                .orElseThrow();
        browser.get("http://127.0.0.1:" + app.port() + "/quiz/play?items=" + typed.id() + "&n=0&r=");
        submit(() -> browser.switchTo().activeElement().sendKeys("my own words for it" + Keys.ENTER));
        assertThat(browser.findElement(By.id("feedback")).getText()).contains("Not quite");
        screenshot("quiz-overrule.png");
        submit(() -> browser.findElement(By.id("overrule-button")).click());
        assertThat(browser.findElement(By.id("feedback")).getText())
                .startsWith("Right")
                .contains("Counted as right");
        assertThat(browser.findElements(By.id("overrule-button"))).isEmpty();
        assertThat(browser.findElement(By.id("score")).getText()).isEqualTo("1 of 1 right.");
    }

    @Test
    void a_choice_item_can_also_be_answered_by_clicking_an_option() throws Exception {
        // Each definition gives one item, its form fixed by the definition: quiz a concept asked as a choice.
        String concept = new ItemGenerator(English.shared())
                .generate(QuizFixture.crm().material()).stream()
                        .filter(i -> i instanceof ChoiceItem)
                        .map(i -> i.source().concept())
                        .findFirst()
                        .orElseThrow();
        browser.get("http://127.0.0.1:" + app.port() + "/quiz?concept=" + concept + "&limit=3");
        while (browser.findElements(By.cssSelector("button.option")).isEmpty()) {
            submit(() -> browser.switchTo().activeElement().sendKeys("skip" + Keys.ENTER));
        }
        screenshot("quiz-choice.png");
        ChoiceItem item =
                (ChoiceItem) answers.item(browser.findElement(By.id("question")).getAttribute("data-item"))
                        .orElseThrow();
        int right = item.choices().indexOf(item.key().answer());
        submit(() ->
                browser.findElements(By.cssSelector("button.option")).get(right).click());
        assertThat(browser.findElement(By.id("feedback")).getText()).startsWith("Right");
    }

    /**
     * Does what submits the form, then waits for the next page. The old page is marked with a window
     * property rather than watched for staleness: during navigation Chromium may answer a query on an
     * old element with an inspector error instead of a stale-element error.
     */
    private static void submit(Runnable action) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.crmgraphOldPage = true");
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return !window.crmgraphOldPage && document.readyState === 'complete'")));
    }

    private static String rightAnswer(QuizItem item) {
        if (item instanceof OrderItem order) {
            return order.key().accepted().get(0);
        }
        if (item instanceof ChoiceItem choice) {
            return String.valueOf(
                    (char) ('A' + choice.choices().indexOf(choice.key().answer())));
        }
        return item.key().answer();
    }

    private static void screenshot(String name) throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), out.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
