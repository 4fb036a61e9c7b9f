package crmgraph.quiz;

import crmgraph.Config;
import crmgraph.graph.GraphStore;
import crmgraph.graph.QuizQueries;
import crmgraph.graph.StudyMaterial;
import crmgraph.nlp.English;
import crmgraph.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Dev tool: imports the given folders into a fresh temporary store and, for every concept with a
 * definition that gets no item, says why each form was not made.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) crmgraph.quiz.WhyNoItem ../shared/samples
 * </pre>
 */
public final class WhyNoItem {

    private WhyNoItem() {}

    public static void main(String[] args) throws IOException {
        Path data = Files.createTempDirectory("why-no-item-");
        try (GraphStore store = GraphStore.open(Config.fromEnvironment(data, Map.of()))) {
            Pipeline.importer(store)
                    .importPaths(java.util.Arrays.stream(args).map(Path::of).toList());
            StudyMaterial material = new QuizQueries(store).material();
            English language = English.shared();
            List<QuizItem> items = new ItemGenerator(language).generate(material);
            Set<String> covered = items.stream().map(i -> i.source().concept()).collect(Collectors.toSet());
            StudyIndex index = new StudyIndex(material);
            SourceCheck sources = new SourceCheck(language);
            TermClozes terms = new TermClozes(language, index, sources);
            ChoiceItems choices = new ChoiceItems(index, sources, new Agreement(crmgraph.nlp.English.shared()));
            for (StudyMaterial.Concept c : material.concepts()) {
                if (c.definitions().isEmpty() || covered.contains(c.id())) {
                    continue;
                }
                System.out.println(
                        c.name() + "  [name: " + sources.nameWeakness(c.name()).orElse("ok") + "]");
                for (StudyMaterial.Definition d : c.definitions()) {
                    String text = DefinitionText.of(d.text());
                    System.out.println("  \u00bb " + text);
                    System.out.println("    source: " + sources.weakness(text).orElse("ok"));
                    System.out.println("    term: "
                            + terms.of(c, d, index.forms(c))
                                    .map(t -> t.prompt() + " => "
                                            + LeakCheck.leak(t).orElse("no leak"))
                                    .orElse("not made"));
                    System.out.println("    choice: "
                            + choices.of(c, d, index.forms(c), ChoiceItems.MIN_DISTRACTORS)
                                    .map(t -> t.choices() + " => "
                                            + LeakCheck.leak(t).orElse("no leak"))
                                    .orElse("not made"));
                }
            }
        }
        System.exit(0);
    }
}
