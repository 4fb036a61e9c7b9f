package crmgraph.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The reading corpus (corpus/README.md) read as the import reads it: the figures README reports,
 * kept from slipping back. The held-out files were not looked at while the rules were written.
 */
class CorpusScoreTest {

    private final CorpusScorer scorer = new CorpusScorer();

    @Test
    void the_development_files_are_read_right_with_no_definition_under_the_wrong_concept() {
        for (String set : new String[] {"dev", "dev2", "dev3"}) {
            CorpusScore dev = scorer.score(Path.of("corpus", set));
            assertThat(dev.cardsRead()).as(set).isGreaterThanOrEqualTo(0.97);
            assertThat(dev.cardsRight()).as(set).isGreaterThanOrEqualTo(0.90);
            assertThat(dev.sum(FileScore::misfiled)).as(set).isZero();
            assertThat(dev.junkPerNotesFile()).as(set).isLessThanOrEqualTo(2.5);
            assertThat(dev.notesRecall()).as(set).isGreaterThanOrEqualTo(0.82);
        }
    }

    @Test
    void saved_study_site_pages_are_read_without_their_chrome() {
        CorpusScore pages = scorer.score(Path.of("corpus", "dev4"));
        assertThat(pages.cardsRead()).isGreaterThanOrEqualTo(0.95);
        assertThat(pages.cardsRight()).isGreaterThanOrEqualTo(0.82);
        assertThat(pages.misfiledShare()).isLessThanOrEqualTo(0.03);
    }

    @Test
    void the_held_out_files_are_read_nearly_as_well() {
        CorpusScore heldOut = scorer.score(Path.of("corpus", "heldout"));
        assertThat(heldOut.cardsRead()).isGreaterThanOrEqualTo(0.93);
        assertThat(heldOut.cardsRight()).isGreaterThanOrEqualTo(0.88);
        assertThat(heldOut.misfiledShare()).isLessThanOrEqualTo(0.015);
        assertThat(heldOut.notesRecall()).isGreaterThanOrEqualTo(0.78);
    }

    /**
     * The fifth set, measured once before any rule looked at it (cards right 0.71, concepts 0.57),
     * then read better by general rules: the floor keeps those gains.
     */
    @Test
    void the_fifth_set_keeps_its_exam_sheet_and_gap_fill_readings() {
        CorpusScore fifth = scorer.score(Path.of("corpus", "heldout5"));
        assertThat(fifth.cardsRead()).isGreaterThanOrEqualTo(0.92);
        assertThat(fifth.cardsRight()).isGreaterThanOrEqualTo(0.79);
        assertThat(fifth.sum(FileScore::misfiled)).isZero();
    }

    /**
     * The sixth set, in shapes no other has (chats, mails, a timetable, Org-mode, a quiz sheet,
     * bilingual cards …), measured once blind (cards right 0.15, concepts 0.20, misfiled 22%), then
     * studied: the floor keeps what general rules gained.
     */
    @Test
    void the_sixth_set_keeps_its_quiz_sheet_org_mode_and_translated_readings() {
        CorpusScore sixth = scorer.score(Path.of("corpus", "heldout6"));
        assertThat(sixth.cardsRead()).isGreaterThanOrEqualTo(0.50);
        assertThat(sixth.cardsRight()).isGreaterThanOrEqualTo(0.40);
        assertThat(sixth.misfiledShare()).isLessThanOrEqualTo(0.03);
        assertThat(sixth.notesRecall()).isGreaterThanOrEqualTo(0.33);
    }

    @Test
    void a_miss_is_reported_with_its_file_and_what_was_read_instead() {
        CorpusScore dev = scorer.score(Path.of("corpus", "dev"));
        assertThat(dev.format(true))
                .startsWith("corpus/dev: ")
                .contains("cards      read ")
                .contains("misfiled   ");
    }
}
