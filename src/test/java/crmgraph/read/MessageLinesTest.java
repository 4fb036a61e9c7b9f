package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chat exports, mails and emoji notes, as the readers see them. */
class MessageLinesTest {

    private static List<SourceLine> lines(String... text) {
        List<SourceLine> out = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            out.add(new SourceLine(i + 1, text[i]));
        }
        return out;
    }

    private static List<String> read(MessageLines.Cleaned c) {
        return c.lines().stream().map(SourceLine::text).toList();
    }

    @Test
    void a_chat_export_keeps_each_message_without_its_stamp_and_sender_and_drops_the_app_s_own_lines() {
        MessageLines.Cleaned c = MessageLines.of(lines(
                "02/05/2024, 19:10 - Tom created group \"KAM revision\"",
                "02/05/2024, 19:12 - Tom: key account = a customer worth a team of its own",
                "02/05/2024, 19:13 - Priya: <Media omitted>",
                "02/05/2024, 19:15 - Priya: bow-tie = only the two salespeople talk",
                "and nobody else in the two firms"));
        assertThat(read(c))
                .containsExactly(
                        "",
                        "key account = a customer worth a team of its own",
                        "",
                        "bow-tie = only the two salespeople talk",
                        "and nobody else in the two firms");
        assertThat(c.furniture().stream().toArray()).containsExactly(0, 2);
    }

    @Test
    void a_mail_s_header_forwarding_rule_and_sign_off_are_furniture_and_its_quote_marks_go() {
        MessageLines.Cleaned c = MessageLines.of(lines(
                "From: Sam <sam@example.org>",
                "Subject: churn notes",
                "",
                "churn = buyers who stop buying",
                "---------- Forwarded message ---------",
                "> save desk = the team that talks leavers round",
                "Sent from my phone"));
        assertThat(read(c))
                .containsExactly(
                        "",
                        "",
                        "",
                        "churn = buyers who stop buying",
                        "",
                        "save desk = the team that talks leavers round",
                        "");
        assertThat(c.furniture().stream().toArray()).containsExactly(0, 1, 4, 6);
    }

    @Test
    void emoji_used_as_the_bullets_of_notes_become_bullets_and_a_keycap_digit_a_number() {
        MessageLines.Cleaned c = MessageLines.of(lines(
                "# \uD83D\uDCD8 Loyalty notes",
                "\uD83D\uDCCC true loyalty = high attachment and high repeat buying",
                "\uD83D\uDCCC spurious loyalty = repeat buying without attachment",
                "   1\uFE0F\u20E3 awareness",
                "\uD83D\uDC49 latent loyalty = attachment the buyer cannot act on"));
        assertThat(read(c))
                .containsExactly(
                        "# Loyalty notes",
                        "- true loyalty = high attachment and high repeat buying",
                        "- spurious loyalty = repeat buying without attachment",
                        "   1. awareness",
                        "- latent loyalty = attachment the buyer cannot act on");
    }

    @Test
    void one_line_opening_with_an_emoji_or_a_quote_outside_a_mail_stays_as_written() {
        MessageLines.Cleaned c = MessageLines.of(
                lines("\uD83C\uDF6A We use cookies on this site", "> a quoted remark", "Tags: loyalty, CRM"));
        assertThat(read(c))
                .containsExactly("\uD83C\uDF6A We use cookies on this site", "> a quoted remark", "Tags: loyalty, CRM");
        assertThat(c.furniture().isEmpty()).isTrue();
    }

    @Test
    void a_timetable_s_column_of_times_goes_and_the_lines_under_a_slot_line_up_with_it() {
        MessageLines.Cleaned c = MessageLines.of(lines(
                "MON",
                "09:00\u201310:00   read the loyalty chapter",
                "                 true loyalty = attachment and repeat buying together",
                "10:00\u201310:15   break",
                "13:00  practice paper",
                "14:00\u201315:30   flashcards"));
        assertThat(read(c))
                .containsExactly(
                        "MON",
                        "read the loyalty chapter",
                        "   true loyalty = attachment and repeat buying together",
                        "break",
                        "practice paper",
                        "flashcards");
    }

    @Test
    void org_mode_notes_read_as_markdown_headings_and_term_lines_with_keywords_and_drawers_as_furniture() {
        MessageLines.Cleaned c = OrgOutline.of(lines(
                "#+TITLE: Loyalty week",
                "* Lecture                                   :lecture:",
                "** Kinds",
                "   - true loyalty :: attachment and repeat buying together",
                "   :PROPERTIES:",
                "   :ID: 12ab",
                "   :END:",
                "   a line of its own"));
        assertThat(read(c))
                .containsExactly(
                        "",
                        "# Lecture",
                        "## Kinds",
                        "   - true loyalty: attachment and repeat buying together",
                        "",
                        "",
                        "",
                        "   a line of its own");
        assertThat(c.furniture().stream().toArray()).containsExactly(0, 4, 5, 6);
        // a star line in notes without Org's keyword lines is left as written
        assertThat(read(OrgOutline.of(lines("* a starred remark", "- item :: text"))))
                .containsExactly("* a starred remark", "- item :: text");
    }

    @Test
    void a_definition_list_is_read_as_terms_over_their_explanations() {
        List<SourceLine> read = DefinitionList.of(lines(
                "Churn",
                ":   the share of buyers who leave in a period,",
                "    usually a quarter",
                "",
                "Win-back",
                "~   winning back buyers who have left"));
        assertThat(read.stream().map(SourceLine::text))
                .containsExactly(
                        "Churn:",
                        "  the share of buyers who leave in a period,",
                        "  usually a quarter",
                        "",
                        "Win-back:",
                        "  winning back buyers who have left");
        List<SourceLine> one = lines("Churn", ":   the share of buyers who leave");
        assertThat(DefinitionList.of(one)).isEqualTo(one);
    }
}
