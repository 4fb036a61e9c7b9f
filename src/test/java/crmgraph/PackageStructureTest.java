package crmgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direction between packages, as README's "How it is built" draws it: the data flows from
 * documents and reading to the graph, and the pipeline, web, quizzes and wiring stand on top.
 */
class PackageStructureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("crmgraph");
    }

    @Test
    void the_stages_of_the_data_never_reach_up_to_the_pipeline_the_web_the_quizzes_or_the_wiring() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "crmgraph.document..",
                        "crmgraph.read..",
                        "crmgraph.nlp..",
                        "crmgraph.extract..",
                        "crmgraph.resolve..",
                        "crmgraph.graph..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "crmgraph.pipeline..",
                        "crmgraph.web..",
                        "crmgraph.quiz..",
                        "crmgraph.app..",
                        "crmgraph.cli..",
                        "crmgraph.bench..",
                        "crmgraph.score..")
                .check(classes);
    }

    @Test
    void the_web_and_the_quizzes_never_reach_the_wiring() {
        noClasses()
                .that()
                .resideInAnyPackage("crmgraph.web..", "crmgraph.quiz..", "crmgraph.pipeline..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("crmgraph.app..", "crmgraph.cli..")
                .check(classes);
    }

    @Test
    void the_web_and_the_quizzes_read_the_graph_only_through_the_graph_package() {
        noClasses()
                .that()
                .resideInAnyPackage("crmgraph.web..", "crmgraph.quiz..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("crmgraph.extract..", "crmgraph.resolve..", "org.neo4j.driver..")
                .check(classes);
    }

    @Test
    void no_package_depends_on_itself_through_another() {
        slices().matching("crmgraph.(*)..").should().beFreeOfCycles().check(classes);
    }
}
