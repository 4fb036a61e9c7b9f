package crmgraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import crmgraph.app.App;
import crmgraph.graph.DeckWriter;
import crmgraph.testing.Fixtures;
import crmgraph.testing.TestGraph;
import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer in real headless Chromium: a student's path from search to a concept, its parts,
 * the graph and back, and an import from pasted text. Screenshots go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    private Javalin app;
    private WebDriver browser;
    private String base;

    @BeforeAll
    void start() {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromedriver are not installed");
        WebData.load(TestGraph.store());
        app = App.create(TestGraph.store(), Optional.empty()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-dev-shm-usage",
                "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void search_then_a_concept_then_a_part_then_the_graph_then_a_node_lands_on_that_concept() {
        browser.get(base + "/");
        screenshot("home");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("idic", Keys.ENTER);
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".results a[href='/concepts/idic-model']")))
                .click();
        assertThat(heading()).isEqualTo("IDIC model");
        screenshot("concept");

        browser.findElement(By.cssSelector("ol.parts a[href='/concepts/differentiate']"))
                .click();
        assertThat(heading()).isEqualTo("Differentiate");

        browser.findElement(By.linkText("Open in the graph")).click();
        WebElement graph =
                wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph[data-ready='true']")));
        assertThat(browser.findElement(By.id("graph-status")).getText()).contains("concepts");
        screenshot("graph");
        assertThat(problems()).isEmpty();

        clickNode(graph, "idic-model");
        wait(ExpectedConditions.urlToBe(base + "/concepts/idic-model"));
        assertThat(heading()).isEqualTo("IDIC model");
    }

    @Test
    void the_graph_filters_reload_the_view() {
        browser.get(base + "/graph?focus=customer-relationship-management");
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph[data-ready='true']")));
        assertThat(nodeCount()).isEqualTo(3);
        browser.findElement(By.cssSelector("input[name=type][value=IS_A]")).click();
        wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#graph[data-ready='true'][data-types='HAS_PART,RELATED_TO']")));
        assertThat(nodeCount()).isEqualTo(1);
    }

    @Test
    void the_connect_page_lists_the_steps_and_a_step_links_to_its_card() {
        JsonNode path = Http.local(app.port())
                .json("/api/connect?from=touchpoint&to=differentiate")
                .get("paths")
                .get(0);
        List<String> sentences = new ArrayList<>();
        path.get("hops").forEach(h -> sentences.add(h.get("sentence").asText() + "."));
        assertThat(sentences).hasSize(3);

        browser.get(base + "/connect?from=touchpoint&to=differentiate");
        assertThat(heading()).isEqualTo("How are these connected?");
        assertThat(browser.findElement(By.id("ends")).getText()).isEqualTo("From Touchpoint to Differentiate.");
        List<WebElement> steps = browser.findElements(By.cssSelector("ol.steps li"));
        assertThat(steps).hasSize(3);
        for (int i = 0; i < steps.size(); i++) {
            assertThat(steps.get(i).getText()).startsWith(sentences.get(i));
        }
        screenshot("connect");
        assertThat(problems()).isEmpty();

        String card = path.get("hops").get(0).get("card").asText();
        steps.get(0).findElement(By.cssSelector("a.source")).click();
        wait(ExpectedConditions.urlMatches("/decks/[^#]+#" + card + "$"));
        assertThat(browser.findElement(By.id(card)).isDisplayed()).isTrue();
        assertThat(((JavascriptExecutor) browser).executeScript("return document.querySelector(':target').id;"))
                .isEqualTo(card);
    }

    @Test
    void the_graph_connect_mode_highlights_the_first_path_between_two_clicked_concepts() {
        JsonNode path = Http.local(app.port())
                .json("/api/connect?from=identify&to=differentiate&limit=1")
                .get("paths")
                .get(0);
        List<String> ids = new ArrayList<>();
        path.get("nodes").forEach(n -> ids.add(n.get("id").asText()));

        browser.get(base + "/graph?focus=idic-model");
        WebElement graph =
                wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph[data-ready='true']")));
        browser.findElement(By.id("graph-connect")).click();
        clickNode(graph, "identify");
        clickNode(graph, "differentiate");
        wait(ExpectedConditions.attributeToBeNotEmpty(graph, "data-path"));
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/graph?focus=idic-model");
        assertThat(graph.getAttribute("data-path")).isEqualTo(String.join(",", ids));
        assertThat(((Number) ((JavascriptExecutor) browser)
                                .executeScript("return window.crmgraphView.nodes('.path').length;"))
                        .intValue())
                .isEqualTo(ids.size());
        Set<String> steps = new HashSet<>();
        for (int i = 0; i + 1 < ids.size(); i++) {
            steps.add(ids.get(i) + " " + ids.get(i + 1));
        }
        @SuppressWarnings("unchecked")
        List<String> drawn = (List<String>)
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "return window.crmgraphView.edges('.path').map(function (e) {"
                                        + " var s = e.source().id(), t = e.target().id(); return s < t ? s + ' ' + t : t + ' ' + s; });");
        Set<String> pairs = new HashSet<>();
        steps.forEach(st -> {
            String[] ab = st.split(" ");
            pairs.add(ab[0].compareTo(ab[1]) < 0 ? st : ab[1] + " " + ab[0]);
        });
        assertThat(new HashSet<>(drawn)).isEqualTo(pairs);
        assertThat(browser.findElements(By.cssSelector("#graph-path li"))).hasSize(ids.size() - 1);
        screenshot("graph-connect");
        assertThat(problems()).isEmpty();
    }

    @Test
    void a_pasted_deck_is_previewed_imported_and_found() {
        browser.get(base + "/import");
        browser.findElement(By.id("import-text")).sendKeys(Fixtures.text("web/pasted-deck.txt"));
        WebElement name = browser.findElement(By.id("import-name"));
        name.clear();
        name.sendKeys("browser-deck.txt");
        browser.findElement(By.cssSelector("form.import button[type=submit]")).click();
        assertThat(wait(ExpectedConditions.visibilityOfElementLocated(By.id("detected-format")))
                        .getText())
                .isNotBlank();
        assertThat(browser.findElement(By.id("card-count")).getText()).isEqualTo("2");
        screenshot("import-preview");
        browser.findElement(By.id("confirm-import")).click();
        assertThat(heading()).isEqualTo("Imported");

        browser.findElement(By.linkText("Search")).click();
        browser.findElement(By.id("q")).sendKeys("win-back", Keys.ENTER);
        wait(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".results a[href='/concepts/win-back-campaign']")))
                .click();
        assertThat(heading()).isEqualTo("Win-back campaign");
        assertThat(browser.getPageSource()).contains("bring lapsed customers back");
    }

    @Test
    void a_card_that_may_be_misread_is_confirmed_from_the_deck_page() {
        new DeckWriter(TestGraph.store()).write(WebData.doubtful("browser-doubtful.txt", 1));
        String id = WebData.deckId("browser-doubtful.txt");
        browser.get(base + "/decks/" + id);
        assertThat(browser.findElement(By.id("reading-doubt")).getText()).contains("may be misread", "--layout");
        WebElement card = browser.findElement(By.id(id + "-2"));
        assertThat(card.getText())
                .contains("May be misread", "Other reading: Brand promise → The promise a brand makes");
        screenshot("deck-uncertain");
        submit(() -> card.findElement(By.cssSelector("button[name=card]")).click());
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/decks/" + id + "#" + id + "-2");
        assertThat(browser.findElement(By.id(id + "-2")).getText())
                .contains("Reading confirmed.")
                .doesNotContain("Confirm this reading");
        assertThat(browser.findElement(By.id(id + "-3")).findElements(By.cssSelector("button[name=card]")))
                .hasSize(1);
        assertThat(problems()).isEmpty();
    }

    @Test
    void a_preview_is_read_again_with_the_lines_to_skip_chosen_without_pasting_again() {
        browser.get(base + "/import");
        browser.findElement(By.id("import-text")).sendKeys(Fixtures.text("web/pasted-deck.txt"));
        WebElement name = browser.findElement(By.id("import-name"));
        name.clear();
        name.sendKeys("browser-reread.txt");
        submit(() -> browser.findElement(By.cssSelector("form.import button[type=submit]"))
                .click());
        assertThat(browser.findElement(By.id("card-count")).getText()).isEqualTo("2");
        new Select(browser.findElement(By.id("reread-layout"))).selectByValue("term-first");
        WebElement skip = browser.findElement(By.id("reread-skip"));
        skip.clear();
        skip.sendKeys("2");
        submit(() -> browser.findElement(By.id("preview-again")).click());
        assertThat(browser.findElement(By.id("card-count")).getText()).isEqualTo("1");
        assertThat(new Select(browser.findElement(By.id("reread-layout")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("term-first");
        assertThat(browser.findElement(By.id("reading-used")).getText()).contains("2 lines skipped");
        screenshot("import-preview-again");
        submit(() -> browser.findElement(By.id("confirm-import")).click());
        assertThat(heading()).isEqualTo("Imported");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("1 cards", "2 lines skipped");
        assertThat(problems()).isEmpty();
    }

    @Test
    void a_preview_is_read_again_with_the_separators_typed_in_spaces_and_all() {
        browser.get(base + "/import");
        browser.findElement(By.id("import-text"))
                .sendKeys("Churn - The share of customers who stop buying.;Touchpoint - Any moment"
                        + " where a customer meets the brand.;Advocate - A customer who recommends the brand.");
        WebElement name = browser.findElement(By.id("import-name"));
        name.clear();
        name.sendKeys("browser-quizlet.txt");
        submit(() -> browser.findElement(By.cssSelector("form.import button[type=submit]"))
                .click());
        assertThat(browser.findElement(By.id("card-count")).getText()).isEqualTo("3");
        assertThat(browser.findElement(By.id("separators-used")).getText())
                .contains("term/definition dash, cards semicolon");
        browser.findElement(By.id("reread-separator")).sendKeys(" - ");
        browser.findElement(By.id("reread-card-separator")).sendKeys("new line");
        submit(() -> browser.findElement(By.id("preview-again")).click());
        assertThat(browser.findElement(By.id("card-count")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("separators-used")).getText())
                .contains("term/definition dash, cards new line (as asked)");
        WebElement cards = browser.findElement(By.id("reread-card-separator"));
        cards.clear();
        cards.sendKeys("semicolon");
        submit(() -> browser.findElement(By.id("preview-again")).click());
        assertThat(browser.findElement(By.id("card-count")).getText()).isEqualTo("3");
        screenshot("import-preview-separators");
        submit(() -> browser.findElement(By.id("confirm-import")).click());
        assertThat(heading()).isEqualTo("Imported");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("3 cards", "separators as asked");
        assertThat(problems()).isEmpty();
    }

    /**
     * Does what submits a form, then waits for the next page, marked on the old window rather than
     * watched for staleness (see QuizBrowserIT).
     */
    private void submit(Runnable action) {
        ((JavascriptExecutor) browser).executeScript("window.crmgraphOldPage = true");
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return !window.crmgraphOldPage && document.readyState === 'complete'")));
    }

    @Test
    void the_pages_are_keyboard_reachable_and_fit_a_phone() {
        browser.get(base + "/");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to content");
        browser.get(base + "/decks/" + WebData.deckId(WebData.GLOSSARY));
        assertThat(browser.findElements(By.cssSelector("img"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("<script>alert");
        screenshot("deck");
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            new DeckWriter(TestGraph.store()).write(WebData.doubtful("browser-phone.txt", 1));
            for (String path : List.of(
                    "/",
                    "/concepts/idic-model",
                    "/decks/" + WebData.deckId(WebData.GLOSSARY),
                    "/import",
                    "/decks/" + WebData.deckId("browser-phone.txt"))) {
                browser.get(base + path);
                Long overflow = (Long) ((JavascriptExecutor) browser)
                        .executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(overflow).as(path + " scrolls sideways").isLessThanOrEqualTo(0L);
            }
            browser.get(base + "/concepts/idic-model");
            screenshot("concept-phone");
            browser.get(base + "/");
            screenshot("home-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** Clicks where Cytoscape drew the node, in viewport coordinates, as a user would. */
    private void clickNode(WebElement graph, String id) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", graph);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) ((JavascriptExecutor) browser)
                .executeScript(
                        "var box = arguments[0].getBoundingClientRect();"
                                + "var p = window.crmgraphView.getElementById(arguments[1]).renderedPosition();"
                                + "return [box.left + p.x, box.top + p.y];",
                        graph,
                        id);
        new Actions(browser)
                .moveToLocation((int) Math.round(at.get(0).doubleValue()), (int)
                        Math.round(at.get(1).doubleValue()))
                .click()
                .perform();
    }

    private long nodeCount() {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return window.crmgraphView.nodes().length;"))
                .longValue();
    }

    /** The page's heading, read again when the page it was found on has just been replaced by the next. */
    private String heading() {
        return wait(driver -> {
            try {
                WebElement h1 = driver.findElement(By.tagName("h1"));
                return h1.isDisplayed() ? h1.getText() : null;
            } catch (org.openqa.selenium.StaleElementReferenceException
                    | org.openqa.selenium.NoSuchElementException e) {
                return null;
            }
        });
    }

    /** Console errors and CSP violations on the current page. */
    private List<String> problems() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico"))
                .toList();
    }

    private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
    }

    /** Saves the whole page (the window is stretched to the page's height for the shot). */
    private void screenshot(String name) {
        Dimension before = browser.manage().window().getSize();
        try {
            Files.createDirectories(SHOTS);
            Number height = (Number) ((JavascriptExecutor) browser)
                    .executeScript(
                            "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
            int chrome = before.getHeight()
                    - ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerHeight;")).intValue();
            browser.manage()
                    .window()
                    .setSize(new Dimension(before.getWidth(), Math.min(4000, height.intValue() + chrome)));
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            browser.manage().window().setSize(before);
        }
    }
}
