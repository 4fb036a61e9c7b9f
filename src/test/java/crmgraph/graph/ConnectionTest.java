package crmgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.RelationType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each hop of a path said in words, the way its link is stored, whichever way the path walks it. */
class ConnectionTest {

    private static final Connection.Node IDIC = new Connection.Node("idic-model", "IDIC model");
    private static final Connection.Node IDENTIFY = new Connection.Node("identify", "Identify");
    private static final Connection.Node SERVQUAL = new Connection.Node("servqual", "SERVQUAL");
    private static final Connection.Node RELIABILITY = new Connection.Node("reliability", "Reliability");
    private static final Connection.Node OPERATIONAL = new Connection.Node("operational-crm", "Operational CRM");
    private static final Connection.Node CRM = new Connection.Node("crm", "CRM");
    private static final Connection.Node QUALITY = new Connection.Node("service-quality", "service quality");

    private static Connection.Link link(
            Connection.Node start, RelationType type, Integer order, String phrase, String reason) {
        return new Connection.Link(
                start.id(),
                type,
                order,
                phrase,
                reason,
                "deck-7",
                Optional.of(new Connection.Source("deck", "Deck", 7)));
    }

    /** The hop walked from a to b and from b to a over the same link: both must read the same. */
    private static void readsBothWays(
            Connection.Node start, Connection.Node end, Connection.Link link, String sentence) {
        Connection.Hop along = Connection.Hop.walked(start, end, link);
        Connection.Hop against = Connection.Hop.walked(end, start, link);
        for (Connection.Hop hop : new Connection.Hop[] {along, against}) {
            assertThat(hop.sentence()).isEqualTo(sentence);
            assertThat(hop.from()).isEqualTo(start.id());
            assertThat(hop.to()).isEqualTo(end.id());
            assertThat(hop.type()).isEqualTo(link.type());
            assertThat(hop.card()).isEqualTo("deck-7");
        }
    }

    @Test
    void a_part_in_an_ordered_list_is_a_numbered_step_of_its_whole() {
        readsBothWays(
                IDIC, IDENTIFY, link(IDIC, RelationType.HAS_PART, 1, null, null), "Identify is step 1 of IDIC model");
    }

    @Test
    void a_numbered_part_of_a_whole_named_by_a_plural_is_numbered_as_one_of_those() {
        assertThat(Connection.Hop.unit("Different levels of eCRM")).isEqualTo("level");
        assertThat(Connection.Hop.unit("service quality dimensions")).isEqualTo("dimension");
        assertThat(Connection.Hop.unit("phases of relationship development")).isEqualTo("phase");
        assertThat(Connection.Hop.unit("IDIC model")).isEqualTo("step");
        assertThat(Connection.Hop.unit("CRM process")).isEqualTo("step");
        assertThat(Connection.Hop.unit("Analysis")).isEqualTo("step");
    }

    @Test
    void a_part_without_an_order_is_a_part_of_its_whole() {
        readsBothWays(
                SERVQUAL,
                RELIABILITY,
                link(SERVQUAL, RelationType.HAS_PART, null, null, null),
                "Reliability is a part of SERVQUAL");
    }

    @Test
    void a_member_of_a_whole_named_by_a_plural_is_one_of_them() {
        Connection.Node levels = new Connection.Node("levels-of-personalisation", "levels of personalisation");
        Connection.Node mass = new Connection.Node("mass-personalisation", "mass personalisation");
        readsBothWays(
                levels,
                mass,
                link(levels, RelationType.HAS_PART, null, null, null),
                "mass personalisation is one of the levels of personalisation");
        assertThat(PartWords.before("schools")).isEqualTo("one of the");
        assertThat(PartWords.before("service blueprint")).isEqualTo("a part of");
        assertThat(PartWords.before("Customer Centered Services")).isEqualTo("one of the");
        assertThat(PartWords.before("business")).isEqualTo("a part of");
    }

    @Test
    void a_subtype_is_a_kind_of_its_supertype() {
        readsBothWays(
                OPERATIONAL,
                CRM,
                link(OPERATIONAL, RelationType.IS_A, null, null, "head noun"),
                "Operational CRM is a kind of CRM");
    }

    @Test
    void a_related_concept_with_a_phrase_reads_as_the_phrase_says() {
        readsBothWays(
                SERVQUAL,
                QUALITY,
                link(SERVQUAL, RelationType.RELATED_TO, null, "measures", "mention"),
                "SERVQUAL measures service quality");
    }

    @Test
    void a_mention_says_whose_definition_mentions_whom() {
        readsBothWays(
                IDENTIFY,
                CRM,
                link(IDENTIFY, RelationType.RELATED_TO, null, null, "mention"),
                "Identify's definition mentions CRM");
    }

    @Test
    void a_name_built_on_another_says_whose_name_mentions_whom() {
        readsBothWays(
                OPERATIONAL,
                CRM,
                link(OPERATIONAL, RelationType.RELATED_TO, null, null, "name"),
                "Operational CRM's name mentions CRM");
    }

    @Test
    void a_contrast_says_the_two_are_set_against_each_other() {
        readsBothWays(
                CRM,
                SERVQUAL,
                link(CRM, RelationType.RELATED_TO, null, " ", "contrast"),
                "CRM is contrasted with SERVQUAL");
    }

    @Test
    void another_reason_is_given_in_brackets_and_no_reason_says_related() {
        readsBothWays(
                CRM,
                QUALITY,
                link(CRM, RelationType.RELATED_TO, null, null, "same model"),
                "CRM is related to service quality (same model)");
        readsBothWays(
                CRM,
                QUALITY,
                link(CRM, RelationType.RELATED_TO, null, null, null),
                "CRM is related to service quality");
    }
}
