package crmgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.resolve.SameModels.MemberPair;
import crmgraph.resolve.SameModels.ModelList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameModelsTest {

    private static final ModelList PLAN = new ModelList("pare model", List.of("plan", "act", "review", "extend"), true);
    private static final ModelList STEPS = new ModelList(
            "four step of account growth",
            List.of("plan the account", "act on the plan", "review result", "extend the relationship"),
            true);

    @Test
    void two_lists_whose_members_match_one_to_one_are_one_model() {
        SameModels models = new SameModels(List.of(PLAN, STEPS));

        assertThat(models.twins(PLAN.whole())).singleElement().satisfies(t -> {
            assertThat(t.other()).isEqualTo("four step of account growth");
            assertThat(t.members())
                    .containsExactly(
                            new MemberPair("plan", "plan the account"),
                            new MemberPair("act", "act on the plan"),
                            new MemberPair("review", "review result"),
                            new MemberPair("extend", "extend the relationship"));
        });
        assertThat(models.twins(STEPS.whole()))
                .singleElement()
                .extracting(SameModels.Twin::other)
                .isEqualTo("pare model");
    }

    @Test
    void a_spelling_variant_of_a_long_word_still_matches() {
        ModelList british = new ModelList("loop", List.of("recognise", "segment", "personalise"), false);
        ModelList american =
                new ModelList("cycle", List.of("recognize buyer", "segment buyer", "personalize offer"), false);

        assertThat(new SameModels(List.of(british, american)).twins(british.whole()))
                .hasSize(1);
    }

    @Test
    void a_member_that_matches_two_members_of_the_other_list_is_no_match() {
        ModelList bare = new ModelList("retention lever", List.of("customer", "price", "service"), false);
        ModelList full = new ModelList(
                "customer lever", List.of("customer price", "customer service", "customer loyalty"), false);

        assertThat(new SameModels(List.of(bare, full)).twins(bare.whole())).isEmpty();
    }

    @Test
    void lists_of_different_lengths_or_of_two_members_are_no_match() {
        ModelList three = new ModelList("x", List.of("plan", "act", "review"), true);
        ModelList two = new ModelList("y", List.of("plan", "act"), true);
        ModelList twoToo = new ModelList("z", List.of("plan it", "act on it"), true);

        SameModels models = new SameModels(List.of(PLAN, three, two, twoToo));
        assertThat(models.twins(three.whole())).isEmpty();
        assertThat(models.twins(two.whole())).isEmpty();
    }

    @Test
    void ordered_lists_must_match_in_the_same_order() {
        ModelList shuffled = new ModelList(
                "growth loop",
                List.of("act on the plan", "plan the account", "review result", "extend the relationship"),
                true);
        ModelList unordered = new ModelList(
                "growth habit",
                List.of("act on the plan", "plan the account", "review result", "extend the relationship"),
                false);

        SameModels models = new SameModels(List.of(PLAN, shuffled, unordered));
        assertThat(models.twins(PLAN.whole()))
                .extracting(SameModels.Twin::other)
                .containsExactly("growth habit");
    }

    @Test
    void a_whole_whose_name_holds_the_other_is_a_heading_over_the_same_list_not_a_second_name() {
        ModelList crm = new ModelList("crm", List.of("operational crm", "analytical crm", "collaborative crm"), false);
        ModelList types =
                new ModelList("type of crm", List.of("operational crm", "analytical crm", "collaborative crm"), false);

        assertThat(new SameModels(List.of(crm, types)).twins(crm.whole())).isEmpty();
    }

    @Test
    void members_that_share_no_words_are_no_match() {
        ModelList other = new ModelList("funnel", List.of("awareness", "interest", "desire", "action"), true);

        assertThat(new SameModels(List.of(PLAN, other)).twins(PLAN.whole())).isEmpty();
    }
}
