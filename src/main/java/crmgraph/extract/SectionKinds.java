package crmgraph.extract;

import crmgraph.Regex;
import crmgraph.RelationType;
import crmgraph.read.Card;
import java.util.List;
import java.util.Optional;

/**
 * A term card of notes read in its section: under a heading that names kinds ("Types of
 * analytics"), a bare adjective ("Descriptive – what happened?") is a kind named only by how it
 * differs, so it is "descriptive analytics", a kind of analytics — whether it was written as a
 * bold label, a dash or en-dash bullet, or a table row.
 */
final class SectionKinds {

    private SectionKinds() {}

    /** The supertype when the card's term is a bare adjective under a heading about kinds, else empty. */
    static Optional<String> supertype(Card card) {
        if (card.kind() != Card.Kind.PROMPT
                || card.section() == null
                || card.section().isBlank()
                || !NoteHeadings.bareAdjective(Names.clean(card.front()))) {
            return Optional.empty();
        }
        List<String> path = List.of(Regex.split(card.section(), " \u203A "));
        String heading = path.get(path.size() - 1);
        String above = path.size() >= 2 ? path.get(path.size() - 2) : null;
        return NoteHeadings.listName(heading, above)
                .filter(NoteHeadings.ListName::kinds)
                .map(NoteHeadings.ListName::supertype);
    }

    /** The card with its adjective named as a kind ("Descriptive" → "Descriptive analytics"), and the kind recorded. */
    static Card named(Card card, Facts facts) {
        Optional<String> supertype = supertype(card);
        if (supertype.isEmpty()) {
            return card;
        }
        String name = Names.clean(card.front()) + " " + supertype.get();
        facts.concept(supertype.get(), null, card.ordinal());
        facts.concept(name, null, card.ordinal());
        facts.relation(RelationType.IS_A, name, supertype.get(), null, "type", card.ordinal());
        return new Card(
                card.ordinal(),
                name,
                card.back(),
                card.line(),
                card.endLine(),
                card.kind(),
                card.section(),
                card.doubt(),
                card.tags());
    }
}
