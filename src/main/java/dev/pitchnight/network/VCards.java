package dev.pitchnight.network;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Kind;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Contacts as vCard 4.0 (RFC 6350), written by ez-vcard so escaping and folding are right. */
final class VCards {

    private VCards() {
    }

    static String write(List<NetworkService.Contact> contacts) {
        List<VCard> cards = contacts.stream().map(VCards::card).toList();
        return Ezvcard.write(cards).version(VCardVersion.V4_0).prodId(false).go();
    }

    private static VCard card(NetworkService.Contact contact) {
        VCard vcard = new VCard();
        vcard.setKind(Kind.individual());
        NetworkCard card = contact.card();
        vcard.setFormattedName(card == null ? contact.username() : card.name);
        vcard.setNickname(contact.username());
        if (card != null) {
            if (card.role != null) {
                vcard.addTitle(card.role);
            }
            if (card.company != null) {
                vcard.setOrganization(card.company);
            }
            if (card.link != null) {
                vcard.addUrl(card.link);
            }
            if (card.email != null) {
                vcard.addEmail(card.email);
            }
        }
        StringBuilder note = new StringBuilder("Met at ").append(contact.eventTitle()).append(" (Pitchnight)");
        if (card != null && !card.lookingForList().isEmpty()) {
            note.append(". Looking for: ").append(card.lookingForList().stream()
                    .map(item -> item.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
        vcard.addNote(note.append('.').toString());
        return vcard;
    }
}
