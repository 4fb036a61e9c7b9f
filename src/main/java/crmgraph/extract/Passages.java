package crmgraph.extract;

import crmgraph.Regex;
import crmgraph.RelationType;
import crmgraph.nlp.Acronym;
import crmgraph.read.Card;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extraction from a passage of notes ({@link Card.Kind#PASSAGE}): text under a heading, whose
 * front is the heading and whose section is the heading path. Headings are sections, not
 * concepts: a heading becomes a concept only where its text defines it ("Churn" over "The share of
 * customers who leave …"), where it names the list under it ("Factors affecting satisfaction",
 * "Types of CRM"), or where it stands under a heading about types or components ("Types of CRM ›
 * Strategic" is strategic CRM, a kind of CRM). Sentences anywhere in the text that define their
 * subject become definitions ({@link ProseDefinitions}), as does a term set before its
 * explanation ("Churn: the loss of …"). A list's members become concepts with their explanations,
 * parts of the list its heading or lead-in names, or kinds for "types of X"; a sentence can give
 * a list of its own after a colon ({@link SentenceLists}).
 */
final class Passages {

    private static final Pattern TYPES_IN_TEXT = Pattern.compile(
            "(?i)\\b(?:types|kinds|forms|categories|sorts)\\s+of\\s+([\\w\\s'-]{2,40}?)(?:\\s+(?:are|include|is|can|exist)\\b|\\s*:|$)");
    /** A lead-in of more words than this is a sentence, even without a verb the tagger saw. */
    private static final int MAX_INLINE_HEADING_WORDS = 6;

    private static final Pattern LABEL =
            Pattern.compile("^([^:;.!?=]{1,60}?)(?::\\s+|\\s+[\u2013\u2014=-]\\s+)(\\S.*)$");

    private final Card card;
    private final Facts facts;
    private final String heading;
    private final List<String> path;
    /** Folded names this passage already gave a definition, so the heading rules do not repeat it. */
    private final Set<String> defined = new HashSet<>();
    /** Folded names a sentence of this passage already listed, so a list of the same members has its owner. */
    private final Set<String> listed = new HashSet<>();

    private Passages(Card card, Facts facts) {
        this.card = card;
        this.facts = facts;
        this.heading = Names.unshouted(card.front().strip());
        this.path = card.section().isBlank()
                ? List.of()
                : java.util.Arrays.stream(Regex.split(card.section(), " \u203A "))
                        .map(Names::unshouted)
                        .toList();
    }

    static void extract(Card card, Facts facts) {
        new Passages(card, facts).extract();
    }

    /**
     * A term card of notes whose term is a lone adjective ("Descriptive – what happened?"): under a
     * heading about kinds or parts of X ("Types of analytics") it defines the kind it names
     * ("Descriptive analytics", which the section's list makes a kind of X); elsewhere ("Example:
     * gym membership › functional") a lone adjective names no concept. False when the term is not a
     * lone adjective, or the card is not from notes.
     */
    static boolean adjectiveTerm(Card card, Facts facts) {
        if (card.section().isBlank()) {
            return false;
        }
        Tagged term = NoteWords.heading(card.front().strip());
        if (term.size() != 1 || !term.is(0, "ADJ")) {
            return false;
        }
        List<String> path = List.of(Regex.split(card.section(), " \u203A "));
        String above = path.size() >= 2 ? path.get(path.size() - 2) : null;
        Optional<NoteHeadings.ListName> list = NoteHeadings.listName(path.get(path.size() - 1), above);
        list.filter(l -> l.head() != null)
                .ifPresent(l -> facts.concept(
                        card.front().strip() + " " + l.head(), Names.cleanDefinition(card.back()), card.ordinal()));
        return true;
    }

    private void extract() {
        List<PassageBlock> blocks = PassageBlock.of(card.back());
        expansions(heading + "\n" + card.back());
        for (int i = 0; i < blocks.size(); i++) {
            PassageBlock b = blocks.get(i);
            if (b.steps()) {
                if (!steps(ListParser.steps(b.text()).orElseThrow(), i > 0 ? blocks.get(i - 1) : null, i <= 1)) {
                    paragraph(b.text());
                }
            } else if (b.list()) {
                PassageBlock before = i > 0 && !blocks.get(i - 1).list() ? blocks.get(i - 1) : null;
                list(b.text(), before == null ? null : before.text(), i <= 1);
            } else {
                paragraph(b.text());
            }
        }
        headingConcept(blocks);
    }

    // --- paragraphs -------------------------------------------------------------------------

    private void paragraph(String text) {
        if (KeyTerms.read(text, card.ordinal(), facts) || label(text)) {
            return;
        }
        for (ProseDefinitions.Found f : ProseDefinitions.in(text)) {
            define(f.name(), f.aliases(), f.definition());
        }
        for (Tagged s : NoteWords.sentences(Names.normalise(text))) {
            for (ProseDefinitions.Found f : Appositives.in(s.text())) {
                define(f.name(), f.aliases(), f.definition());
            }
            ProseDefinitions.expansion(s.text())
                    .ifPresent(e -> facts.concept(e.name(), e.aliases(), null, card.ordinal()));
            kindsInSentence(s.text());
            SentenceLists.in(s.text()).ifPresent(found -> {
                members(found.name(), found.members(), new Answer("", found.members(), false, "series"));
                found.members().forEach(m -> listed.add(fold(m.name())));
            });
        }
    }

    /** "Term: explanation" (the bold term of notes, its markup gone): the term is defined when the explanation defines it. */
    private boolean label(String text) {
        Matcher m = LABEL.matcher(text);
        if (m.matches() && NoteLabels.is(m.group(1))) {
            return true; // "key stat: …": a remark on the heading, read as nothing rather than misread
        }
        if (!m.matches() || Names.words(m.group(1)) > 6 || !NoteHeadings.term(m.group(1)) || clause(m.group(1))) {
            return false;
        }
        List<Tagged> sentences = NoteWords.sentences(Names.normalise(m.group(2)));
        if (sentences.isEmpty()) {
            return false;
        }
        Tagged first = sentences.get(0);
        Optional<ProseDefinitions.Found> own = ProseDefinitions.defines(first);
        boolean aboutLabel = own.map(f -> same(f.name(), m.group(1))).orElse(false);
        if (!aboutLabel && !ProseDefinitions.subjectlessOrHow(first) && !ProseDefinitions.pronounDefinition(first)) {
            return false;
        }
        define(Names.clean(m.group(1)), List.of(), m.group(2));
        return true;
    }

    /**
     * "The journey itself has three stages": a subject and a verb that agrees with it, followed by
     * more words, lead into a list; they label nothing. (The tagger's verbs in "Complaint
     * champions" or "Onstage contact employee actions" end the phrase or do not agree: nouns.)
     */
    private static boolean clause(String label) {
        Tagged t = NoteWords.tag(label);
        Optional<Phrases.Subject> subject = Phrases.subject(t);
        if (subject.isEmpty()
                || subject.get().verb() >= t.size() - 1
                || !t.is(subject.get().verb(), "VERB", "AUX")) {
            return false;
        }
        String verb = t.lower(subject.get().verb());
        boolean plural = t.plural(subject.get().end() - 1);
        return t.is(subject.get().verb(), "AUX") || verb.endsWith("ed") || plural != verb.endsWith("s");
    }

    /** "The types of CRM are strategic, operational and analytical.": kinds of CRM. */
    private void kindsInSentence(String sentence) {
        Matcher types = TYPES_IN_TEXT.matcher(sentence);
        if (!types.find()) {
            return;
        }
        List<ListItem> members = Members.accept(new Answer("", ListParser.series(sentence, false), false, "series"));
        if (members.isEmpty()) {
            return;
        }
        String supertype = kindNamed(types.group(1));
        facts.concept(supertype, null, card.ordinal());
        for (ListItem m : Members.kindsOf(supertype, members)) {
            String name = Names.clean(m.name());
            facts.concept(name, null, card.ordinal());
            facts.relation(RelationType.IS_A, name, supertype, null, "type", card.ordinal());
        }
    }

    // --- lists ----------------------------------------------------------------------------

    /**
     * A list: its members belong to what the heading names (for the passage's first list), else to
     * what its lead-in names ("Service quality is divided into two main parts:", "The IDIC model is
     * a four-step framework … The steps are:"); with no owner, an item "Term: explanation" still
     * defines its term when the explanation reads as a definition.
     */
    private void list(String text, String leadIn, boolean first) {
        List<NestedItem> items = NestedItem.of(text);
        if (items.stream().anyMatch(i -> i.childItems() > 0)) {
            nested(items, leadIn, first);
        } else {
            flatList(text, leadIn, first);
        }
    }

    private void flatList(String text, String leadIn, boolean first) {
        Answer answer = ListParser.parse(text);
        // The lead-in is a paragraph of its own here, not a definition the items annotate: members are judged alone.
        List<ListItem> members = Members.accept(new Answer("", answer.items(), answer.ordered(), answer.shape()));
        Optional<NoteHeadings.ListName> name = members.isEmpty() || listedBefore(members)
                ? Optional.empty()
                : first ? NoteHeadings.listName(heading, parentHeading()) : Optional.empty();
        if (name.isEmpty() && !members.isEmpty() && leadIn != null && !LeadIn.countsOtherThan(leadIn, members.size())) {
            name = leadInName(leadIn)
                    .or(() -> LeadIn.countingOwner(leadIn, members.size())
                            .map(owner -> new NoteHeadings.ListName(owner, null, null, false)));
            if (name.isEmpty() && leadIn.strip().endsWith(":") && !listedBefore(members)) {
                // "Levels of permission" over "Godin ranks permission from the strongest …:" and the levels
                name = NoteHeadings.listName(heading, parentHeading());
            }
            if (name.isEmpty() && leadIn.strip().endsWith(":") && !listedBefore(members)) {
                name = announcedByBareHeading(leadIn);
            }
        }
        if (name.isEmpty() && first && leadIn == null && stagesOfHeading(answer, members)) {
            name = Optional.of(new NoteHeadings.ListName(Names.clean(heading), null, null, true));
        }
        if (name.isEmpty()) {
            for (ListItem item : answer.items()) {
                if (!item.explained() || !label(item.name() + ": " + item.explanation())) {
                    paragraph(item.explained() ? item.name() + ": " + item.explanation() : item.name());
                }
            }
            return;
        }
        NoteHeadings.ListName named = name.get();
        // "Its components, from top to bottom:": the lead-in says the items come in turn
        boolean inTurn = leadIn != null && Sequence.named(Sequence.leadIn(leadIn), members);
        members(
                inTurn ? new NoteHeadings.ListName(named.owner(), named.supertype(), named.head(), true) : named,
                members,
                answer);
    }

    /**
     * A list with lists nested in it, as outliners write notes. An item that names the list under it
     * ("two kinds of churn", "techniques") leads into it as a lead-in line would; a term explained on
     * its line ("RFM analysis: scoring …") keeps its definition, and two or more items under it are
     * its parts; one item under it that names a list of its own ("four groups") names it for the
     * term ("four groups of uplift modelling"). The other items are read as one list, as before.
     */
    private void nested(List<NestedItem> items, String leadIn, boolean first) {
        StringBuilder flat = new StringBuilder();
        for (NestedItem item : items) {
            if (item.childItems() == 0 || !underItem(item, null)) {
                flat.append(flat.length() == 0 ? "" : "\n").append(item.line());
                if (!item.children().isEmpty()) {
                    item.children().lines().forEach(l -> flat.append("\n  ").append(l));
                }
            }
        }
        if (flat.length() > 0) {
            flatList(flat.toString(), leadIn, first);
        }
    }

    /** A heading of one word names no model ("Introduction", "Overview" over numbered points). */
    private static final int MODEL_NAME_WORDS = 2;

    /**
     * "THE CRM CYCLE" over "1. Market research: finding out …", "2. Attracting customers: …": a
     * heading that names a model or process, of two words or more, over three numbered items or
     * more, most of them explained, gives the model's stages in order.
     */
    private boolean stagesOfHeading(Answer answer, List<ListItem> members) {
        long explained = members.stream().filter(ListItem::explained).count();
        return answer.ordered()
                && "numbered".equals(answer.shape())
                && members.size() >= 3
                && explained * 2 > members.size()
                && NoteHeadings.term(heading)
                && Names.words(Names.clean(heading)) >= MODEL_NAME_WORDS;
    }

    /** True when the item and the list under it were read: see {@link #nested}. */
    private boolean underItem(NestedItem item, String owner) {
        List<ListItem> parsed = ListParser.parse(item.line()).items();
        if (parsed.size() != 1) {
            return false;
        }
        ListItem parent = parsed.get(0);
        if (Regex.matches(parent.name(), "\\d.*")) {
            return false; // "2 Types" over "2.1 Points-based": a contents listing's section numbers
        }
        if (!parent.explained() && owner != null) {
            // "four groups" under "uplift modelling: …": the groups of uplift modelling
            String counted = Regex.replaceFirst(
                    Names.clean(parent.name()), "(?i)^(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+", "");
            return partsOf(counted + " of " + owner, item.children());
        }
        if (!parent.explained()) {
            list(item.children(), parent.name() + ":", false);
            return true;
        }
        if (NoteLabels.is(parent.name()) || !label(parent.name() + ": " + parent.explanation())) {
            return false; // "Example: gym membership" over its lines: no whole of them
        }
        List<NestedItem> under = NestedItem.of(item.children());
        if (under.size() == 1 && under.get(0).childItems() >= 2) {
            return underItem(under.get(0), Names.clean(parent.name()));
        }
        return item.childItems() < 2 || partsOf(Names.clean(parent.name()), item.children());
    }

    /** The items of a list as parts of {@code whole}; true (the list is read) even when no item is a member. */
    private boolean partsOf(String whole, String list) {
        Answer answer = ListParser.parse(list);
        List<ListItem> members = Members.accept(new Answer("", answer.items(), answer.ordered(), answer.shape()));
        if (!members.isEmpty()) {
            members(new NoteHeadings.ListName(whole, null, null, false), members, answer);
        }
        return true;
    }

    /**
     * The steps of a model joined by arrows, in order: they belong to the term labelling the line
     * ("IDIC: Identify → …"), else (for the passage's first block or after a lead-in) to the list
     * the heading names, to the heading itself where it is a term ("Relationship ladder"), or to
     * what the lead-in names. False when nothing names them.
     */
    private boolean steps(ListParser.Steps steps, PassageBlock before, boolean first) {
        List<ListItem> members = Members.accept(new Answer("", steps.items(), true, "arrows"));
        if (members.isEmpty()) {
            return false;
        }
        Optional<NoteHeadings.ListName> name = Optional.empty();
        if (steps.label() != null && NoteHeadings.term(steps.label())) {
            name = Optional.of(new NoteHeadings.ListName(Names.clean(steps.label()), null, null, true));
        } else if (first) {
            name = NoteHeadings.listName(heading, parentHeading())
                    .or(() -> NoteHeadings.term(heading)
                            ? Optional.of(new NoteHeadings.ListName(Names.clean(heading), null, null, true))
                            : Optional.empty());
        }
        if (name.isEmpty() && before != null && !before.list()) {
            name = leadInName(before.text());
        }
        name.ifPresent(n -> members(n, members, new Answer("", steps.items(), true, "arrows")));
        return name.isPresent();
    }

    /**
     * True when a sentence before the list already listed most of its members ("There are three
     * deployment models: …" over a table of them): the sentence said what they are, so a heading
     * over both ("Deployment options") names no list of its own.
     */
    private boolean listedBefore(List<ListItem> members) {
        long known = members.stream()
                .filter(m -> listed.contains(fold(Regex.replaceAll(m.name(), "\\s*\\([^()]*\\)", ""))))
                .count();
        return known * 3 >= members.size() * 2L;
    }

    private void members(NoteHeadings.ListName list, List<ListItem> members, Answer written) {
        List<ListItem> named = list.head() == null ? members : Members.kindsOf(list.head(), members);
        String whole = list.kinds() ? list.supertype() : list.owner();
        facts.concept(whole, null, card.ordinal());
        NoteHeadings.process(whole).ifPresent(process -> {
            facts.concept(process, null, card.ordinal());
            facts.relation(RelationType.HAS_PART, process, whole, null, null, card.ordinal());
        });
        boolean spelled =
                !list.kinds() && Acronyms.spelledBy(heading + " " + whole, named, card.ordinal(), whole, facts);
        boolean ordered = !written.cut() && (list.ordered() || Sequence.written(written, spelled));
        boolean kinds = list.kinds() && !(NoteHeadings.bareTypes(heading) && categoriesOfAnother(whole, named));
        int order = 1;
        for (ListItem m : named) {
            String member = Names.clean(m.name());
            facts.concept(member, m.explained() ? Names.cleanDefinition(m.explanation()) : null, card.ordinal());
            if (kinds) {
                facts.relation(RelationType.IS_A, member, whole, null, "type", card.ordinal());
            } else {
                facts.relation(RelationType.HAS_PART, whole, member, ordered ? order : null, null, card.ordinal());
            }
            order++;
        }
    }

    /**
     * "Kano model › Categories" over "Basic attributes", "Performance attributes", "Excitement
     * attributes": under a bare "Categories" or "Types", members sharing a head noun of their own,
     * other than the heading's above, are categories inside it (its parts), not kinds of it;
     * "Loyalty › Types" over "Behavioural loyalty", "Attitudinal loyalty" share its head: kinds.
     */
    private static boolean categoriesOfAnother(String supertype, List<ListItem> members) {
        if (members.size() < 2) {
            return false;
        }
        java.util.Set<String> heads = new HashSet<>();
        for (ListItem m : members) {
            heads.add(Names.lastWord(Regex.replaceAll(Names.clean(m.name()), "\\s*\\([^()]*\\)", "")));
        }
        return heads.size() == 1
                && Names.words(Names.clean(members.get(0).name())) > 1
                && !heads.contains(Names.lastWord(supertype));
    }

    /**
     * "## Principles" under "# Relationship marketing", over "Most accounts name a small set of core
     * principles:": a heading of one plural noun that the lead-in repeats names the parts of the
     * page's concept ("principles of Relationship marketing"). Without the lead-in's word a bare
     * plural heading ("Examples", "Notes") names nothing.
     */
    private Optional<NoteHeadings.ListName> announcedByBareHeading(String leadIn) {
        String h = Names.clean(heading);
        Tagged t = NoteWords.heading(h);
        String above = parentHeading();
        if (t.size() != 1
                || !t.plural(0)
                || above == null
                || !Regex.matches(leadIn, "(?is).*\\b" + java.util.regex.Pattern.quote(h) + "\\b.*")) {
            return Optional.empty();
        }
        return ListHeading.ofHeading(Names.clean(above), h)
                .map(whole -> new NoteHeadings.ListName(whole, null, null, false));
    }

    /**
     * The owner a lead-in names: "types of X …" (kinds of X); the subject of "X is divided into …:";
     * or, when the lead-in's subject is only the list's own noun ("The steps are:"), the concept
     * the lead-in defined just before ("The IDIC model is a four-step framework …").
     */
    private Optional<NoteHeadings.ListName> leadInName(String leadIn) {
        Matcher types = TYPES_IN_TEXT.matcher(leadIn);
        if (types.find()) {
            String x = kindNamed(types.group(1));
            return Optional.of(new NoteHeadings.ListName(null, x, x, false));
        }
        if (!leadIn.strip().endsWith(":")) {
            return Optional.empty();
        }
        Optional<NoteHeadings.ListName> asHeading = verblessLeadIn(leadIn);
        if (asHeading.isPresent()) {
            return asHeading;
        }
        List<Tagged> sentences = NoteWords.sentences(Names.normalise(leadIn));
        Tagged last = sentences.isEmpty() ? null : sentences.get(sentences.size() - 1);
        Optional<Phrases.Subject> subject = last == null ? Optional.empty() : Phrases.subject(last);
        boolean ownNoun = subject.isPresent()
                && subject.get().end() - subject.get().start() == 1
                && last.plural(subject.get().start());
        if (subject.isPresent() && !ownNoun && Phrases.nameable(last, subject.get(), false)) {
            String owner = Statements.subjectName(last, subject.get());
            return Optional.of(new NoteHeadings.ListName(owner, null, null, false));
        }
        List<ProseDefinitions.Found> defined = ProseDefinitions.in(leadIn);
        return defined.isEmpty()
                ? Optional.empty()
                : Optional.of(new NoteHeadings.ListName(
                        defined.get(defined.size() - 1).name(), null, null, ownNoun && ordering(last)));
    }

    /**
     * A lead-in line that is only a noun phrase ("Queue disciplines:", "types of guarantee:") is
     * a heading written inline, and names its list as a heading would. Its last line only: what
     * stands before it is other text.
     */
    private Optional<NoteHeadings.ListName> verblessLeadIn(String leadIn) {
        String[] lines = leadIn.strip().split("\n");
        String line = Regex.replaceAll(lines[lines.length - 1], ":\\s*$", "").strip();
        if (line.isEmpty() || line.split("\\s+").length > MAX_INLINE_HEADING_WORDS || line.contains(":")) {
            return Optional.empty();
        }
        Tagged t = NoteWords.heading(line);
        for (int i = 0; i < t.size(); i++) {
            if (t.is(i, "VERB", "AUX")) {
                return Optional.empty();
            }
        }
        String named = Names.unshouted(line);
        Optional<NoteHeadings.ListName> asHeading = NoteHeadings.listName(named, heading);
        // "6 dimensions:" under "DATA QUALITY": the dimensions of data quality, as for a term card
        String bare = Names.clean(Regex.replaceAll(named, "^\\d{1,2}\\s+|\\s*\\([^)]*\\)", ""));
        Tagged noun = NoteWords.tag(bare);
        if (asHeading.isPresent() && !asHeading.get().kinds() && noun.size() == 1 && noun.plural(0)) {
            return ListHeading.ofHeading(Names.clean(heading), bare)
                    .map(whole -> new NoteHeadings.ListName(
                            whole, null, null, asHeading.get().ordered()))
                    .or(() -> asHeading);
        }
        return asHeading;
    }

    /**
     * The X of "Three kinds of failure came up …": its noun phrase, not the clause after it; and
     * the heading's own concept where the heading ends in that noun ("failure" under "Service
     * failure").
     */
    private String kindNamed(String written) {
        Tagged t = NoteWords.tag(Names.clean(written));
        int end = Phrases.nounPhraseEnd(t, 0);
        String x = end > 0 ? Names.clean(t.span(0, end)) : Names.clean(written);
        String h = Names.clean(heading);
        boolean headingNamesIt =
                NoteHeadings.term(h) && h.toLowerCase(Locale.ROOT).endsWith(" " + x.toLowerCase(Locale.ROOT));
        return headingNamesIt ? h : x;
    }

    private static boolean ordering(Tagged s) {
        return Regex.matches(s.text(), "(?is).*\\b(steps?|stages?|phases?|in order|sequence)\\b.*");
    }

    // --- the heading ------------------------------------------------------------------------

    /**
     * The heading as a concept, where the passage makes it one: a term (or bare adjective) under a
     * heading about types or components; the X of "What is X?" answered by a sentence about X; a
     * term whose text opens with a definition without a subject.
     */
    private void headingConcept(List<PassageBlock> blocks) {
        String firstParagraph =
                blocks.isEmpty() || blocks.get(0).list() ? null : blocks.get(0).text();
        if (subKind(firstParagraph) || comparison()) {
            return;
        }
        Optional<String> asked = NoteHeadings.askedTerm(heading);
        boolean labelled =
                firstParagraph != null && LABEL.matcher(firstParagraph).matches();
        if (asked.isPresent() && firstParagraph != null && !labelled && !defined.contains(fold(asked.get()))) {
            Tagged first = firstSentence(firstParagraph);
            Optional<Phrases.Subject> subject = first == null ? Optional.empty() : Phrases.subject(first);
            boolean about = subject.isPresent() && same(Statements.subjectName(first, subject.get()), asked.get());
            if (about || first != null && describes(first, firstParagraph)) {
                define(asked.get(), List.of(), firstParagraph);
            }
            return;
        }
        // A paragraph that opens with a label of its own ("Kano model – a way of …") is about its label, not the
        // heading.
        if (firstParagraph != null
                && !labelled
                && (NoteHeadings.term(heading) || NoteHeadings.activity(heading))
                && NoteHeadings.listName(heading, parentHeading()).isEmpty()
                && !defined.contains(fold(heading))) {
            Tagged first = firstSentence(firstParagraph);
            if (first != null && describes(first, firstParagraph)) {
                define(Names.clean(heading), List.of(), firstParagraph);
            }
        }
    }

    /**
     * A definition without a subject describes the heading above it. Under a top-level heading
     * (the document's title, where it has one) it must also end as a sentence: a line there that
     * does not ("Lecture 5 notes – tidied up after the seminar") is a subtitle or byline.
     */
    private boolean describes(Tagged first, String paragraph) {
        boolean title = path.size() == 1;
        return ProseDefinitions.subjectless(first) && (!title || Regex.matches(paragraph.strip(), "(?s).*[.!]$"));
    }

    /** "Difference between CRM and eCRM", "CRM vs ERP": two concepts set against each other. */
    private boolean comparison() {
        Matcher m = COMPARISON.matcher(Names.clean(heading));
        if (!m.matches()) {
            return false;
        }
        String a = Names.clean(m.group(1) != null ? m.group(1) : m.group(3));
        String b = Names.clean(m.group(2) != null ? m.group(2) : m.group(4));
        if (!NoteHeadings.term(a) || !NoteHeadings.term(b)) {
            return false;
        }
        facts.concept(a, null, card.ordinal());
        facts.concept(b, null, card.ordinal());
        facts.relation(RelationType.RELATED_TO, a, b, null, "contrast", card.ordinal());
        return true;
    }

    private static final Pattern COMPARISON = Pattern.compile(
            "(?i)^(?:(?:the\\s+)?(?:main\\s+|key\\s+)?(?:differences?|distinction|comparison|comparing|contrast)\\s+(?:between\\s+|of\\s+)?(.+?)\\s+(?:and|with|to)\\s+(.+)"
                    + "|(.+?)\\s+(?:vs\\.?|versus|compared\\s+(?:with|to))\\s+(.+))$");

    /** Under "Types of CRM" (or "Components of eCRM"), a sub-heading "Strategic" is strategic CRM, a kind (or part) of it. */
    private boolean subKind(String firstParagraph) {
        String parent = parentHeading();
        if (parent == null) {
            return false;
        }
        Optional<NoteHeadings.ListName> list =
                NoteHeadings.sectionsName(parent, path.size() >= 3 ? path.get(path.size() - 3) : null);
        if (list.isEmpty() || !(NoteHeadings.bareAdjective(heading) || NoteHeadings.term(heading))) {
            return false;
        }
        NoteHeadings.ListName l = list.get();
        String name = subKindName(l, firstParagraph);
        String definition = null;
        if (firstParagraph != null && !defined.contains(fold(name))) {
            Tagged first = firstSentence(firstParagraph);
            // Under "Types of CRM › Analytical" the text is about analytical CRM when its first sentence names it or
            // has no subject of its own.
            boolean about =
                    first != null && first.text().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
            boolean labelled = LABEL.matcher(firstParagraph).matches();
            if (about
                    || first != null
                            && !labelled
                            && (ProseDefinitions.subjectless(first) || Regex.matches(first.lower(0), "it|this|they"))) {
                definition = firstParagraph;
            }
        }
        if (!l.kinds() && definition == null && !NoteHeadings.bareAdjective(heading)) {
            // Under a heading that names parts ("Value propositions"), a section the text does not define
            // ("Background") is only a section.
            return false;
        }
        facts.concept(name, definition == null ? null : Names.cleanDefinition(definition), card.ordinal());
        if (l.kinds()) {
            facts.concept(l.supertype(), null, card.ordinal());
            facts.relation(RelationType.IS_A, name, l.supertype(), null, "type", card.ordinal());
        } else {
            facts.concept(l.owner(), null, card.ordinal());
            facts.relation(RelationType.HAS_PART, l.owner(), name, null, null, card.ordinal());
        }
        return true;
    }

    /** A bare adjective is named with the noun the text puts after it, else with the X of "Types of X". */
    private String subKindName(NoteHeadings.ListName list, String firstParagraph) {
        if (!NoteHeadings.bareAdjective(heading)) {
            return Names.clean(heading);
        }
        Optional<String> written =
                firstParagraph == null ? Optional.empty() : namedInText(firstParagraph, heading, list.head());
        return written.orElse(list.head() != null ? heading + " " + list.head() : Names.clean(heading));
    }

    /**
     * "Strategic CRM concentrates on …" under "Strategic": the name as the text writes it, the
     * adjective and the noun after it, or the whole supertype where the text writes it out
     * ("Electronic word of mouth" under "Types of word of mouth").
     */
    private static Optional<String> namedInText(String paragraph, String adjective, String supertype) {
        List<Tagged> sentences = NoteWords.sentences(Names.normalise(paragraph));
        for (Tagged s : sentences.subList(0, Math.min(2, sentences.size()))) {
            for (int k = 0; k + 1 < s.size(); k++) {
                if (!s.lower(k).equals(adjective.strip().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                Matcher written = supertype == null
                        ? null
                        : Pattern.compile("(?i)^\\s+" + Pattern.quote(supertype) + "\\b")
                                .matcher(s.text().substring(s.ends()[k]));
                if (written != null && written.find()) {
                    return Optional.of(s.text().substring(s.starts()[k], s.ends()[k] + written.end()));
                }
                int j = k + 1;
                while (j < s.size() && j - k <= 4 && (s.is(j, "NOUN", "PROPN") || Acronym.isAcronym(s.token(j)))) {
                    j++;
                    if (Acronym.isAcronym(s.token(j - 1))) {
                        break;
                    }
                }
                if (j > k + 1) {
                    return Optional.of(adjective.strip() + " " + s.span(k + 1, j));
                }
            }
        }
        return Optional.empty();
    }

    /** The heading above this passage's own, when the path has one. */
    private String parentHeading() {
        if (path.size() >= 2 && path.get(path.size() - 1).equals(heading)) {
            return path.get(path.size() - 2);
        }
        return null;
    }

    // --- helpers ----------------------------------------------------------------------------

    private void define(String name, List<String> aliases, String definition) {
        if (name == null || name.isBlank() || PRONOUN.matcher(name).matches()) {
            return;
        }
        facts.concept(name, aliases, definition == null ? null : Names.cleanDefinition(definition), card.ordinal());
        defined.add(fold(name));
        aliases.forEach(a -> defined.add(fold(a)));
        Names.trailingAcronym(name).ifPresent(e -> {
            defined.add(fold(e.acronym()));
            defined.add(fold(e.name()));
        });
    }

    private static final Pattern PRONOUN =
            Pattern.compile("(?i)it|this|that|these|those|they|we|you|he|she|there|here");

    /** "Net Promoter Score (NPS)" anywhere in the passage: the name with its acronym. */
    private void expansions(String text) {
        for (Names.Expansion e : Names.expansions(Names.normalise(text))) {
            facts.concept(Names.clean(e.name()), List.of(e.acronym()), null, card.ordinal());
        }
    }

    private static Tagged firstSentence(String paragraph) {
        List<Tagged> sentences = NoteWords.sentences(Names.normalise(paragraph));
        return sentences.isEmpty() ? null : sentences.get(0);
    }

    private static boolean same(String a, String b) {
        String x = fold(a);
        String y = fold(b);
        return !x.isEmpty() && (x.equals(y) || x.endsWith(" " + y) || y.endsWith(" " + x));
    }

    private static String fold(String s) {
        return Regex.replaceAll(
                        Regex.replaceAll(Names.clean(s).toLowerCase(Locale.ROOT).replace('-', ' '), "[^a-z0-9 ]", ""),
                        "s\\b",
                        "")
                .strip();
    }

    /**
     * The paragraphs and lists of a passage's back, as the reader wrote them: a line each, lists as
     * "- item" lines; a line of steps joined by arrows is a list of its own ({@code steps}).
     */
    record PassageBlock(String text, boolean list, boolean steps) {

        private static final Pattern LIST_LINE = Pattern.compile("^\\s*(?:[-*+\u2022]|\\d{1,3}[.)])\\s+.*");

        static List<PassageBlock> of(String back) {
            List<PassageBlock> out = new ArrayList<>();
            StringBuilder list = new StringBuilder();
            for (String line : back.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                boolean steps = ListParser.steps(line).isPresent();
                if (LIST_LINE.matcher(line).matches() && !steps) {
                    list.append(list.length() == 0 ? "" : "\n").append(line);
                    continue;
                }
                if (list.length() > 0) {
                    out.add(new PassageBlock(list.toString(), true, false));
                    list.setLength(0);
                }
                out.add(new PassageBlock(line.strip(), steps, steps));
            }
            if (list.length() > 0) {
                out.add(new PassageBlock(list.toString(), true, false));
            }
            return out;
        }
    }
}
