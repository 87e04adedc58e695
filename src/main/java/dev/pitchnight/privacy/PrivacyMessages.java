package dev.pitchnight.privacy;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The privacy feature's words: the public privacy page, the person's own privacy page (export and
 * deletion) and the owners' record of attendee-list access. Templates use them as
 * {@code {privacymsg:…}}; German texts are in {@code messages/privacymsg_de.properties}.
 */
@MessageBundle("privacymsg")
public interface PrivacyMessages {

    // --- footer and account links -------------------------------------------------------

    @Message("Privacy")
    String footer_privacy();

    @Message("Your data: download or delete")
    String account_link();

    // --- /privacy -----------------------------------------------------------------------

    @Message("Privacy: what Pitchnight keeps")
    String page_title();

    @Message("Pitchnight runs pitch nights: it needs to know who comes, who pitches and who asks. This page says what it stores, why, for how long and who sees it.")
    String page_lead();

    @Message("What is stored, and why")
    String stored_title();

    @Message("Your account (user name, name, e-mail address, password) is kept by our sign-in service, Keycloak; Pitchnight keeps your display name so others see who you are.")
    String stored_account();

    @Message("RSVPs with their place in the queue, and check-ins at the door: so the night never oversells, the waitlist moves up in order and organizers know who came.")
    String stored_rsvps();

    @Message("Pitches with their company, team and contact, and the organizers' decisions: so a startup can apply and hear back.")
    String stored_pitches();

    @Message("Questions and votes during the night, and audience-award votes: for the live Q&A and the startups' reports.")
    String stored_questions();

    @Message("Networking cards you publish for a night and the people you connect with: only if you choose to share them.")
    String stored_network();

    @Message("The mails we send you (what, when, the subject): so we send each one once.")
    String stored_mails();

    @Message("How long")
    String retention_title();

    @Message("{days} days after a night ended, its RSVPs, check-ins, networking cards and connections lose names and addresses. The counts (seats, attendance, no-shows) stay.")
    String retention_nights(int days);

    @Message("Questions stay with the night's record; pitches of past nights keep the company and what the night showed in public.")
    String retention_record();

    @Message("When you delete your account, everything that names you goes at once, as described on your privacy page.")
    String retention_erasure();

    @Message("Who sees it")
    String who_title();

    @Message("Everyone: the nights, their agendas and the startups that pitch.")
    String who_public();

    @Message("The organizers of a night: its attendee list (each look and each export is recorded, and the group's owners see that record), the questions asked and the pitches.")
    String who_organizers();

    @Message("Reviewers a night's organizers invite: the pitches of that night.")
    String who_reviewers();

    @Message("The people you connect with at a night: the card you shared with them.")
    String who_contacts();

    @Message("Your rights")
    String rights_title();

    @Message("Signed in, you can download everything Pitchnight holds about you and delete your account on your privacy page.")
    String rights_text();

    @Message("Your privacy page")
    String rights_link();

    // --- /account/privacy ---------------------------------------------------------------

    @Message("Your data")
    String account_title();

    @Message("Download my data")
    String export_title();

    @Message("One JSON file with everything Pitchnight holds about you: your profile, groups, RSVPs, check-ins, pitches, questions and votes, networking cards and connections, and the mails we sent you. What each field means is written in our documentation (docs/PRIVACY.md).")
    String export_text();

    @Message("Download my data (JSON)")
    String export_button();

    @Message("Delete my account")
    String delete_title();

    @Message("This cannot be undone. Your places on nights to come are given up (the waitlist moves up), your pitches on nights to come are withdrawn (the organizers hear of it), your networking cards and connections and your group memberships end. Past nights keep only what their record needs: questions show as from a former member, counts stay, your name and addresses go. Your sign-in account is deleted too.")
    String delete_text();

    @Message("If you are the only owner of a group with nights to come, make someone else an owner first.")
    String delete_owner_hint();

    @Message("Type your user name ({username}) to confirm")
    String delete_confirm_label(String username);

    @Message("Delete my account for good")
    String delete_button();

    @Message("Your account is being deleted")
    String erased_title();

    @Message("We have your request. Within a minute, Pitchnight forgets you as described on the privacy page, and your sign-in account is deleted. You have been signed out.")
    String erased_text();

    @Message("Read what Pitchnight keeps")
    String read_privacy();

    // --- /groups/{slug}/access ----------------------------------------------------------

    @Message("Who looked at attendee lists")
    String access_title();

    @Message("Each time an organizer opened a night's attendee list, read it through the API or downloaded it as CSV. Only the group's owners see this record.")
    String access_lead();

    @Message("Nobody has opened an attendee list of this group yet.")
    String access_empty();

    @Message("When")
    String access_when();

    @Message("Who")
    String access_who();

    @Message("Night")
    String access_night();

    @Message("How")
    String access_how();

    @Message("list page")
    String access_kind_page();

    @Message("CSV export")
    String access_kind_csv();

    @Message("API")
    String access_kind_api();

    @Message("Attendee-list record")
    String access_link();

    // Refusals (through PrivacyRefusals)


    @Message("Hand the group over first")
    String sole_owner_title();

    @Message("You are the only owner of {groups}, which still has nights to come. Make someone else an owner (or cancel the nights) first; nothing was deleted.")
    String sole_owner(String groups);

    @Message("does not match your user name")
    String confirm_mismatch();

    @Message("Type your user name to confirm; nothing was deleted.")
    String confirm_detail();
}
