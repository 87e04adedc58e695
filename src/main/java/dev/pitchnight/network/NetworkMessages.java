package dev.pitchnight.network;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The networking feature's words: cards, connections, my contacts.
 * German texts are in {@code messages/networkmsg_de.properties}.
 */
@MessageBundle("networkmsg")
public interface NetworkMessages {

    @Message("My contacts")
    String contacts_title();

    @Message("My contacts")
    String contacts_link();

    @Message("No contacts yet. At a night, publish your card and connect with people: their cards land here.")
    String contacts_none();

    @Message("Download all ({count}) as vCard")
    String contacts_download_all(int count);

    @Message("Download vCard")
    String contacts_download();

    @Message("Download {name}'s vCard")
    String contacts_download_one(String name);

    @Message("Met at {night}")
    String contacts_met_at(String night);

    @Message("This person has taken their card down.")
    String contacts_card_withdrawn();

    @Message("Networking")
    String network_title();

    @Message("Networking: exchange cards")
    String network_link();

    @Message("Publish a card for this night if you like; only people with a seat who published one too see it. Connect by scanning each other's code or with a tap: both of you get the other's card.")
    String network_lead();

    @Message("My connect code")
    String network_my_qr();

    @Message("Let someone scan this with their phone to exchange cards.")
    String network_my_qr_hint();

    @Message("Scan someone's code")
    String network_scan();

    @Message("That code is not a Pitchnight connect code for this night.")
    String network_foreign_code();

    @Message("People who share their card")
    String network_people();

    @Message("Nobody else has published a card yet.")
    String network_nobody_yet();

    @Message("Connected")
    String network_connected();

    @Message("Connect")
    String network_connect();

    @Message("Connect with {name}")
    String network_connect_with(String name);

    @Message("You both get each other's card in “My contacts”, with a vCard to download.")
    String network_connect_explained();

    @Message("My card")
    String network_edit_card();

    @Message("Share a card for this night")
    String network_publish_card();

    @Message("Nobody sees anything about you here until you publish a card. You can take it down any time.")
    String network_opt_in();

    @Message("Name")
    String network_name();

    @Message("Role")
    String network_role();

    @Message("Company")
    String network_company();

    @Message("LinkedIn or website")
    String network_link_label();

    @Message("Email to share (optional)")
    String network_email();

    @Message("Looking for")
    String network_looking_for();

    @Message("a cofounder")
    String network_lf_cofounder();

    @Message("investors")
    String network_lf_investors();

    @Message("people to hire")
    String network_lf_hiring();

    @Message("customers")
    String network_lf_customers();

    @Message("Publish my card")
    String network_publish();

    @Message("Save my card")
    String network_save();

    @Message("Take my card down")
    String network_withdraw();

    // --- Refusals: why a request was refused (web/Refusal, through network/NetworkRefusals) ---


    @Message("must be a web address starting with https:// or http://")
    String network_web_link();

    @Message("is not an email address")
    String network_not_an_email();

    @Message("must be among cofounder, investors, hiring, customers")
    String network_looking_for_choices();

    @Message("This connect code is not valid for this night.")
    String network_bad_code();

    @Message("No card yet")
    String network_no_card_title();

    @Message("Publish your own card for this night first: connecting exchanges cards.")
    String network_no_card();

    @Message("choose someone else than yourself")
    String network_not_yourself();

    @Message("Nobody with that name has published a card for this night.")
    String network_no_such_card();

    @Message("You have no such contact.")
    String network_no_contact();

    @Message("Networking is for the people with a seat at “{title}”: RSVP first.")
    String network_seated_only(String title);
}
