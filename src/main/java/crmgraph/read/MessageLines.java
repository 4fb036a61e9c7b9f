package crmgraph.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines as chats, mail and emoji notes write them, put the way the readers know: a chat export's
 * "date, time - Name: " before each message (WhatsApp, Signal, Telegram copies) goes, and its
 * system lines ("Ana added Ben", "&lt;Media omitted&gt;") are furniture; a mail's header block
 * (From, To, Date, Subject), forwarding rule and "Sent from my …" are furniture, and the quote
 * marks of a forwarded message go; an emoji that opens a line in place of a bullet ("📌 term = …")
 * becomes one, and a keycap digit ("1️⃣ purchase") a number; a timetable's column of times
 * goes. The line numbers stay, so every
 * warning still names the line of the file.
 */
final class MessageLines {

    /** "14/03/2024, 20:58 - ", "[3/14/24, 8:58:12 PM] ": when a chat message was sent. */
    private static final Pattern CHAT_STAMP = Pattern.compile(
            "^\\[?\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,4},?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?\\]?\\s*(?:-\\s+)?");
    /** The sender after the stamp: a name of a few words, then a colon. */
    private static final Pattern SENDER = Pattern.compile("^([^:]{1,40}?):\\s");

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)^<?(?:media omitted|image omitted|video omitted|sticker omitted|this message was deleted|audio omitted)>?$");
    private static final Pattern MAIL_HEADER =
            Pattern.compile("(?i)^(?:from|to|cc|bcc|date|sent|subject|reply-to):\\s.*");
    private static final Pattern FORWARD_RULE =
            Pattern.compile("(?i)^-{3,}\\s*(?:forwarded|original) message\\s*-{3,}$");
    private static final Pattern SENT_FROM = Pattern.compile("(?i)^sent from my \\S+(?: \\S+)?$");
    private static final Pattern QUOTE_MARK = Pattern.compile("^(\\s*)(?:>\\s?)+");
    private static final Pattern HASHES = Pattern.compile("^#{1,6}\\s+");
    /** A keycap digit: the digit, an optional variation selector, the combining keycap. */
    private static final Pattern KEYCAP = Pattern.compile("^(\\s*)(\\d)\uFE0F?\u20E3\\s+");

    private static final int MIN_EMOJI_BULLETS = 3;
    private static final int MIN_TIME_SLOTS = 3;
    /** "09:00–10:30   ", "14:00  ", "9.15-10.00  ": a timetable's slot, then a gap of two spaces or more. */
    private static final Pattern TIME_SLOT =
            Pattern.compile("^\\d{1,2}[:.]\\d{2}(?:\\s*[\u2013\u2014-]\\s*\\d{1,2}[:.]\\d{2})?\\s{2,}(?=\\S)");

    /** The lines as read, and which of them are furniture. */
    record Cleaned(List<SourceLine> lines, BitSet furniture) {}

    private MessageLines() {}

    static Cleaned of(List<SourceLine> lines) {
        BitSet furniture = new BitSet(lines.size());
        boolean chat = chat(lines);
        boolean mail = mail(lines);
        int timeColumn = timeColumn(lines);
        // emoji bullets where the notes use them as their list marks; one "🍪 We use cookies" line is no list
        boolean emojiBullets =
                lines.stream().filter(l -> !bulleted(l.text()).equals(l.text())).count() >= MIN_EMOJI_BULLETS;
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String text = line.text();
            if (chat) {
                text = message(text);
                if (text == null) {
                    furniture.set(i);
                    text = "";
                }
            }
            if (timeColumn > 0) {
                text = withoutTimeColumn(text, timeColumn);
            }
            if (mail) {
                String s = text.strip();
                if (MAIL_HEADER.matcher(s).matches()
                        || FORWARD_RULE.matcher(s).matches()
                        || SENT_FROM.matcher(s).matches()) {
                    furniture.set(i);
                    text = "";
                }
                text = QUOTE_MARK.matcher(text).replaceFirst("$1");
            }
            out.add(new SourceLine(line.number(), emojiBullets ? bulleted(text) : text));
        }
        return new Cleaned(out, furniture);
    }

    /**
     * The width of a timetable's time column ("09:00–10:30   re-read the slides"), where three
     * lines or more open with a time or a span of time and two spaces; 0 where none does.
     */
    private static int timeColumn(List<SourceLine> lines) {
        int width = 0;
        int slots = 0;
        for (SourceLine l : lines) {
            Matcher m = TIME_SLOT.matcher(l.text());
            if (m.lookingAt()) {
                slots++;
                width = Math.max(width, m.end());
            }
        }
        return slots >= MIN_TIME_SLOTS ? width : 0;
    }

    /** A line without its time, or without the column's width of indentation under a time. */
    private static String withoutTimeColumn(String text, int width) {
        Matcher m = TIME_SLOT.matcher(text);
        if (m.lookingAt()) {
            return text.substring(m.end());
        }
        int indent = text.length() - text.stripLeading().length();
        return indent >= width ? text.substring(width) : text;
    }

    /** Half the lines or more open with a chat stamp. */
    private static boolean chat(List<SourceLine> lines) {
        long filled = lines.stream().filter(l -> !l.blank()).count();
        long stamped = lines.stream()
                .filter(l -> CHAT_STAMP.matcher(l.text()).lookingAt())
                .count();
        return filled >= 3 && stamped * 2 >= filled;
    }

    /** Two header lines or more open the file (after blank lines): it is a mail. */
    private static boolean mail(List<SourceLine> lines) {
        int headers = 0;
        for (SourceLine l : lines) {
            if (l.blank() && headers == 0) {
                continue;
            }
            if (!MAIL_HEADER.matcher(l.text().strip()).matches()) {
                break;
            }
            headers++;
        }
        return headers >= 2;
    }

    /** The message of a chat line without its stamp and sender; null for a system line or a placeholder. */
    private static String message(String text) {
        Matcher stamp = CHAT_STAMP.matcher(text);
        if (!stamp.lookingAt()) {
            return text; // a message running over several lines
        }
        String rest = text.substring(stamp.end());
        Matcher sender = SENDER.matcher(rest);
        if (!sender.lookingAt()) {
            return null; // "Ana created group …", "Ana added Ben": the app's own line
        }
        String said = rest.substring(sender.end()).strip();
        return PLACEHOLDER.matcher(said).matches() ? null : said;
    }

    /** A line opening with an emoji as its bullet, with a "- " instead; a keycap digit as a number. */
    private static String bulleted(String text) {
        Matcher keycap = KEYCAP.matcher(text);
        if (keycap.lookingAt()) {
            return keycap.group(1) + keycap.group(2) + ". " + text.substring(keycap.end());
        }
        int start = 0;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        String heading = "";
        Matcher hashes = HASHES.matcher(text.substring(start));
        if (hashes.lookingAt()) {
            heading = hashes.group();
            start += hashes.end();
        }
        int end = start;
        while (end < text.length() && emoji(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        if (end == start || end >= text.length() || text.charAt(end) != ' ') {
            return text;
        }
        String after = text.substring(end).strip();
        return text.substring(0, start - heading.length()) + (heading.isEmpty() ? "- " : heading) + after;
    }

    /** An emoji pictograph, or what joins and styles one (zero-width joiner, variation selector, skin tone). */
    private static boolean emoji(int cp) {
        int type = Character.getType(cp);
        // pictographs only: ticks, stars and arrows of the older symbol blocks are marks of their own
        return type == Character.OTHER_SYMBOL && cp >= 0x1F000
                || cp == 0x200D
                || cp == 0xFE0F
                || cp >= 0x1F3FB && cp <= 0x1F3FF;
    }
}
