package dev.pitchnight.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word a person reads on a page, in one place, so that translations
 * ({@code messages/msg_<locale>.properties}) can follow. Templates use {@code {msg:key}}.
 */
@MessageBundle("msg")
public interface AppMessages {

    @Message("Pitchnight")
    String app_name();

    @Message("Pitch nights for founders, organizers and a tough audience")
    String app_tagline();

    @Message("Skip to content")
    String nav_skip();

    @Message("Home")
    String nav_home();

    @Message("Sign in")
    String nav_sign_in();

    @Message("Sign out")
    String nav_sign_out();

    @Message("My account")
    String nav_account();

    @Message("API")
    String nav_api();

    @Message("Open-source software for meetup pitch nights.")
    String footer_about();

    @Message("Upcoming pitch nights")
    String home_upcoming();

    @Message("No pitch nights are announced yet. When an organizer publishes one, it shows up here.")
    String home_empty();

    @Message("Startups pitch for five minutes, the audience asks the hard questions, and everybody stays to talk.")
    String home_lead();

    @Message("{seats} seats")
    String event_capacity(int seats);

    @Message("by {group}")
    String event_by_group(String group);

    @Message("Online")
    String event_online();

    @Message("Details")
    String event_details();

    @Message("When")
    String event_when();

    @Message("Where")
    String event_where();

    @Message("Times are shown in the night's time zone, {zone}.")
    String event_zone_note(String zone);

    @Message("Your account")
    String account_title();

    @Message("Name")
    String account_name();

    @Message("User name")
    String account_username();

    @Message("Email")
    String account_email();

    @Message("Roles")
    String account_roles();

    @Message("You are signed in through Pitchnight's Keycloak. Your name and email are managed there.")
    String account_managed_by_keycloak();

    @Message("attendee")
    String role_attendee();

    @Message("startup founder")
    String role_founder();

    @Message("organizer")
    String role_organizer();

    @Message("administrator")
    String role_admin();

    @Message("Back to the home page")
    String error_back_home();

    @Message("Page not found")
    String error_404_title();

    @Message("There is no page at this address. The link may be old, or the night may have been removed.")
    String error_404_detail();

    @Message("Not allowed")
    String error_403_title();

    @Message("You are signed in, but this page is not open to your account.")
    String error_403_detail();

    @Message("Something went wrong on our side")
    String error_500_title();

    @Message("We could not finish your request. Nothing you did caused this; please try again in a moment. If it keeps happening, tell the organizers and quote reference {reference}.")
    String error_500_detail(String reference);

    @Message("This request could not be handled")
    String error_generic_title();

    @Message("{seats} seats left")
    String rsvp_seats_left(int seats);

    @Message("Sold out")
    String rsvp_sold_out();

    @Message("{count} on the waitlist")
    String rsvp_waitlist_length(int count);

    @Message("Sign in to RSVP")
    String rsvp_sign_in();

    @Message("RSVP")
    String rsvp_yes();

    @Message("Join the waitlist")
    String rsvp_join_waitlist();

    @Message("Guests")
    String rsvp_guests();

    @Message("Just me")
    String rsvp_just_me();

    @Message("Me + {n}")
    String rsvp_me_plus(int n);

    @Message("You're going.")
    String rsvp_status_confirmed();

    @Message("You're number {position} on the waitlist.")
    String rsvp_status_waitlisted(int position);

    @Message("A seat is held for you until {until}.")
    String rsvp_status_offered(String until);

    @Message("You bring {n} {#if n == 1}guest{#else}guests{/if}.")
    String rsvp_with_guests(int n);

    @Message("We'll move you up as soon as seats free up, in the order people joined.")
    String rsvp_waitlist_note();

    @Message("Update guests")
    String rsvp_update();

    @Message("Cancel my RSVP")
    String rsvp_cancel();

    @Message("Leave the waitlist")
    String rsvp_leave_waitlist();

    @Message("Your RSVP")
    String rsvp_heading();

    @Message("This night was cancelled.")
    String rsvp_event_cancelled();

    @Message("This night has taken place.")
    String rsvp_event_completed();

    @Message("Add to calendar")
    String event_add_to_calendar();

    @Message("More from {group}")
    String event_more_from_group(String group);

    @Message("Upcoming nights")
    String group_upcoming();

    @Message("Past nights")
    String group_past();

    @Message("No nights are announced yet.")
    String group_no_upcoming();

    @Message("{count} {#if count == 1}member{#else}members{/if}")
    String group_members(long count);

    @Message("Join the group")
    String group_join();

    @Message("Leave the group")
    String group_leave();

    @Message("You are a member.")
    String group_you_are_member();

    @Message("You organize this group.")
    String group_you_organize();

    @Message("Subscribe to the calendar")
    String group_subscribe();

    @Message("You're going: {title}")
    String mail_confirmed_subject(String title);

    @Message("You're on the waitlist: {title}")
    String mail_waitlisted_subject(String title);

    @Message("A seat freed up for you: {title}")
    String mail_promoted_subject(String title);

    @Message("A seat is held for you: {title}")
    String mail_offered_subject(String title);

    @Message("Changed: {title}")
    String mail_changed_subject(String title);

    @Message("Cancelled: {title}")
    String mail_cancelled_subject(String title);

    @Message("Take the seat")
    String rsvp_take_seat();

    @Message("Let the seat go")
    String rsvp_let_go();

    @Message("Attendees")
    String attendees_title();

    @Message("{confirmed} of {capacity} seats taken · {waiting} on the waitlist")
    String attendees_summary(int confirmed, int capacity, int waiting);

    @Message("Download CSV")
    String attendees_csv();

    @Message("Confirmed")
    String attendees_confirmed();

    @Message("Waitlist, in order")
    String attendees_waitlist();

    @Message("Since")
    String attendees_since();

    @Message("Nobody has RSVPed yet.")
    String attendees_none_confirmed();

    @Message("Nobody is waiting.")
    String attendees_none_waiting();

    @Message("Attendees")
    String event_attendees_link();

    @Message("Announce a night")
    String form_new_title();

    @Message("Edit the night")
    String form_edit_title();

    @Message("Title")
    String form_title();

    @Message("Description")
    String form_description();

    @Message("Markdown: **bold**, _italic_, lists and links.")
    String form_description_hint();

    @Message("Starts")
    String form_starts();

    @Message("Ends")
    String form_ends();

    @Message("Time zone")
    String form_time_zone();

    @Message("Times are in this zone, where the night takes place.")
    String form_time_zone_hint();

    @Message("Seats")
    String form_capacity();

    @Message("Guests per RSVP")
    String form_guests();

    @Message("Keep a waitlist when the seats are gone")
    String form_waitlist();

    @Message("When seats free up")
    String form_policy();

    @Message("Give the seat to the next in line at once")
    String form_policy_auto();

    @Message("Hold the seat for the next in line for 12 hours")
    String form_policy_offer();

    @Message("Venue")
    String form_venue();

    @Message("Address")
    String form_venue_address();

    @Message("Online link")
    String form_online_url();

    @Message("RSVPs open")
    String form_rsvp_opens();

    @Message("RSVPs close")
    String form_rsvp_closes();

    @Message("Empty: open now, until the night starts.")
    String form_rsvp_hint();

    @Message("Status")
    String form_status();

    @Message("Draft (only organizers see it)")
    String form_status_draft();

    @Message("Published")
    String form_status_published();

    @Message("Cancelled (everyone who RSVPed is told)")
    String form_status_cancelled();

    @Message("Completed")
    String form_status_completed();

    @Message("Save")
    String form_save();

    @Message("Please correct the marked fields.")
    String form_has_errors();

    @Message("Edit")
    String event_edit_link();

    @Message("Draft: only the organizers can see this night until it is published.")
    String event_draft_notice();

    @Message("Your time:")
    String event_your_time();

    @Message("Move")
    String attendees_move();

    @Message("Move {name} up")
    String attendees_move_up(String name);

    @Message("Move {name} down")
    String attendees_move_down(String name);

    @Message("Organizers")
    String group_organizers();

    @Message("owner")
    String group_owner();

    @Message("Add a co-organizer (user name)")
    String group_add_organizer();

    @Message("Add")
    String group_add();

    @Message("Remove {name} as organizer")
    String group_remove_organizer(String name);

    // --- Pitches, review and the agenda (issue 4) ------------------------------------------

    @Message("Pitch your startup")
    String pitch_new_title();

    @Message("Change your pitch")
    String pitch_edit_title();

    @Message("The call for pitches closes {when}.")
    String pitch_call_closes(String when);

    @Message("This night has no call for pitches.")
    String pitch_no_call();

    @Message("Company")
    String pitch_company();

    @Message("One-liner")
    String pitch_one_liner();

    @Message("What you do, in one sentence.")
    String pitch_one_liner_hint();

    @Message("Problem")
    String pitch_problem();

    @Message("Stage")
    String pitch_stage();

    @Message("Choose a stage")
    String pitch_stage_choose();

    @Message("{#when stage}{#is IDEA}Idea{#is PROTOTYPE}Prototype{#is LAUNCHED}Launched{#is REVENUE}Revenue{#is SCALING}Scaling{/when}")
    String pitch_stage_name(dev.pitchnight.pitch.Pitch.Stage stage);

    @Message("Website")
    String pitch_website();

    @Message("Team members")
    String pitch_team();

    @Message("One name per line, up to ten.")
    String pitch_team_hint();

    @Message("Contact email")
    String pitch_contact();

    @Message("Founder")
    String pitch_founder();

    @Message("Deck")
    String pitch_deck();

    @Message("A link to your deck, or a PDF of at most {megabytes} MB (or both).")
    String pitch_deck_hint(long megabytes);

    @Message("Link to the deck")
    String pitch_deck_url();

    @Message("PDF upload")
    String pitch_deck_file();

    @Message("A PDF is uploaded; choosing a file replaces it.")
    String pitch_deck_uploaded();

    @Message("Download the deck (PDF)")
    String pitch_deck_download();

    @Message("Open the deck link")
    String pitch_deck_link();

    @Message("No deck yet")
    String pitch_no_deck();

    @Message("Send the pitch")
    String pitch_submit();

    @Message("My pitches")
    String pitch_mine_title();

    @Message("You have not pitched yet. When a night's call for pitches is open, its page has a button to apply.")
    String pitch_mine_none();

    @Message("Thank you, your pitch is in. We have sent you a confirmation.")
    String pitch_sent();

    @Message("Change")
    String pitch_edit_link();

    @Message("Withdraw")
    String pitch_withdraw();

    @Message("{#when status}{#is SUBMITTED}Submitted{#is ACCEPTED}Accepted{#is RESERVE}Reserve{#is REJECTED}Not this time{#is WITHDRAWN}Withdrawn{/when}")
    String pitch_status(dev.pitchnight.pitch.Pitch.Status status);

    @Message("Call for pitches")
    String call_heading();

    @Message("Call for pitches")
    String call_title();

    @Message("Open a call for pitches")
    String call_open_link();

    @Message("Call for pitches")
    String call_edit_link();

    @Message("Open until {date}, {time} {zone} · {slots} startups will pitch.")
    String call_open_until(String date, String time, String zone, int slots);

    @Message("The call for pitches opens soon.")
    String call_not_open_yet();

    @Message("Apply to pitch")
    String call_apply();

    @Message("Opens")
    String call_opens();

    @Message("Empty: open now.")
    String call_opens_hint();

    @Message("Closes")
    String call_closes();

    @Message("What you are looking for")
    String call_brief();

    @Message("Startups wanted")
    String call_slots();

    @Message("Blind review: reviewers do not see founders' names and contact")
    String call_blind();

    @Message("Rubric weights")
    String call_weights();

    @Message("Each review scores the four criteria from 1 to 5; the ranking uses these weights (0 to 10).")
    String call_weights_hint();

    @Message("Pitches")
    String review_link();

    @Message("Pitches and reviews")
    String review_title();

    @Message("Open {opens} until {closes} · {slots} startups wanted")
    String review_call_summary(String opens, String closes, int slots);

    @Message("Weights: team {team}, problem {problem}, traction {traction}, fit {fit}")
    String review_weights(int team, int problem, int traction, int fit);

    @Message("blind review")
    String review_blind();

    @Message("There is no call for pitches yet, so founders cannot apply.")
    String review_no_call();

    @Message("Ranking")
    String review_ranking();

    @Message("No pitches yet.")
    String review_none();

    @Message("Score {mean}")
    String review_mean(String mean);

    @Message("{count} {count == 1 ? 'review' : 'reviews'}")
    String review_count(int count);

    @Message("yours {score}")
    String review_yours(double score);

    @Message("Review now")
    String review_now();

    @Message("{#when choice}{#is 'ACCEPTED'}Accept{#is 'RESERVE'}Reserve{#is 'REJECTED'}Reject{/when}")
    String review_decide(String choice);

    @Message("{#when choice}{#is 'ACCEPTED'}Accept{#is 'RESERVE'}Put on reserve{#is 'REJECTED'}Reject{/when} {company}")
    String review_decide_label(String choice, String company);

    @Message("Reviewers")
    String review_reviewers();

    @Message("No reviewers invited; the organizers review.")
    String review_no_reviewers();

    @Message("Invite a reviewer (user name)")
    String review_invite();

    @Message("Remove reviewer {name}")
    String review_remove_reviewer(String name);

    @Message("All pitches of {title}")
    String review_back(String title);

    @Message("hidden for a blind review")
    String review_hidden();

    @Message("Your review")
    String review_yours_heading();

    @Message("{#when criterion}{#is 'team'}Team{#is 'problem'}Problem{#is 'traction'}Traction{#is 'fit'}Fit for the night{/when}")
    String review_criterion(String criterion);

    @Message("(weight {weight})")
    String review_weight(int weight);

    @Message("Team")
    String review_team();

    @Message("Problem")
    String review_problem();

    @Message("Traction")
    String review_traction();

    @Message("Fit")
    String review_fit();

    @Message("Comment")
    String review_comment();

    @Message("Save the review")
    String review_save();

    @Message("Decision")
    String review_decision();

    @Message("All reviews")
    String review_all();

    @Message("team {team}, problem {problem}, traction {traction}, fit {fit}: {score}")
    String review_scores(int team, int problem, int traction, int fit, double score);

    @Message("Agenda")
    String agenda_heading();

    @Message("Agenda")
    String agenda_title();

    @Message("Agenda")
    String agenda_edit_link();

    @Message("The night runs {start} to {end} {zone}; {left} minutes are not planned yet.")
    String agenda_window(String start, String end, String zone, long left);

    @Message("Nothing planned yet. Add doors, an intro, pitch slots, a break and networking below.")
    String agenda_empty();

    @Message("{#when kind}{#is DOORS}Doors open{#is INTRO}Welcome and intro{#is PITCH}Pitch{#is BREAK}Break{#is NETWORKING}Networking{#is OTHER}Programme{/when}")
    String agenda_kind(dev.pitchnight.agenda.AgendaItem.Kind kind);

    @Message("{minutes} min")
    String agenda_minutes(int minutes);

    @Message("{pitch} min pitch + {qa} min Q&A")
    String agenda_pitch_minutes(int pitch, int qa);

    @Message("Move item {n} up")
    String agenda_move_up(int n);

    @Message("Move item {n} down")
    String agenda_move_down(int n);

    @Message("Remove item {n}")
    String agenda_remove(int n);

    @Message("Tip: drag an item to move it.")
    String agenda_drag_hint();

    @Message("Add a pitch slot")
    String agenda_add_slot();

    @Message("Accepted pitches all have a slot (or none is accepted yet).")
    String agenda_no_waiting();

    @Message("Accepted pitch")
    String agenda_pitch();

    @Message("Pitch minutes")
    String agenda_pitch_length();

    @Message("Q&A minutes")
    String agenda_qa_length();

    @Message("Add the slot")
    String agenda_add_slot_button();

    @Message("Add an item")
    String agenda_add_item();

    @Message("What")
    String agenda_kind_label();

    @Message("Minutes")
    String agenda_length();

    @Message("Empty: the usual length shown in the list.")
    String agenda_length_hint();

    @Message("Wording on the agenda (optional)")
    String agenda_item_title();

    @Message("Add the item")
    String agenda_add_item_button();

    @Message("Startups pitching")
    String startups_heading();

    @Message("We have your pitch for {title}: {company}")
    String mail_pitch_received_subject(String company, String title);

    @Message("You are pitching at {title}: {company}")
    String mail_pitch_accepted_subject(String company, String title);

    @Message("On the reserve list for {title}: {company}")
    String mail_pitch_reserve_subject(String company, String title);

    @Message("Your pitch for {title}: {company}")
    String mail_pitch_rejected_subject(String company, String title);

    // --- The live night (issue 5): live control, stage, presenter, audience Q&A, award ----------

    @Message("Live control")
    String live_control_title();

    @Message("Run the night live")
    String live_control_link();

    @Message("Live Q&A")
    String qa_link();

    @Message("{#when phase}{#is 'WAITING'}Not started{#is 'PITCH'}Pitch{#is 'QA'}Questions{#is 'ITEM'}On now{#is 'BETWEEN'}Up next{#is 'ENDED'}The night is over{#else}{phase}{/when}")
    String live_phase(String phase);

    @Message("paused")
    String live_paused();

    @Message("Next up")
    String live_next_up();

    @Message("{#when action}{#is 'start'}Start{#is 'pause'}Pause{#is 'resume'}Resume{#is 'extend'}+1 minute{#is 'next'}Next{#is 'qa'}Start Q&A{#is 'award-open'}Open award voting{#is 'award-close'}Close award voting{#is 'award-reveal'}Reveal the award{#else}{action}{/when}")
    String live_action(String action);

    @Message("Screens")
    String live_screens();

    @Message("Stage view (projector)")
    String live_stage_link();

    @Message("Presenter view (founder's phone)")
    String live_presenter_link();

    @Message("Audience page")
    String live_audience_link();

    @Message("The stage and presenter links need no sign-in and cannot be guessed: share them only with the people running the screens.")
    String live_stage_hint();

    @Message("New questions are")
    String live_moderation_label();

    @Message("shown at once (moderators may hide them)")
    String live_moderation_post();

    @Message("wait for approval")
    String live_moderation_pre();

    @Message("Save")
    String live_save();

    @Message("Questions to the startup on stage ({count})")
    String live_questions_heading(int count);

    @Message("No questions yet.")
    String live_no_questions();

    @Message("{#when action}{#is 'approve'}Approve{#is 'hide'}Hide{#is 'pin'}Pin to stage{#is 'unpin'}Unpin{#is 'answered'}Mark answered{#is 'unanswered'}Not answered{#else}{action}{/when}")
    String live_mod_action(String action);

    @Message("Reason (the asker sees it)")
    String live_hide_reason();

    @Message("Stage")
    String live_stage_title();

    @Message("Presenter")
    String live_presenter_title();

    @Message("Thank you, that was the night!")
    String live_ended();

    @Message("Audience Q&A")
    String qa_title();

    @Message("Nobody is pitching right now. Questions open when a startup is on stage.")
    String qa_nobody_on_stage();

    @Message("Your question to {company}")
    String qa_ask_label(String company);

    @Message("Up to {max} characters.")
    String qa_ask_hint(int max);

    @Message("Ask anonymously (the audience does not see your name; the organizers do)")
    String qa_anonymous_label();

    @Message("Ask")
    String qa_ask_button();

    @Message("Sign in to ask and vote")
    String qa_sign_in_to_ask();

    @Message("Questions")
    String qa_questions_heading();

    @Message("Sort")
    String qa_sort();

    @Message("most votes")
    String qa_sort_votes();

    @Message("newest")
    String qa_sort_time();

    @Message("No questions yet: be the first.")
    String qa_no_questions();

    @Message("Anonymous")
    String qa_anonymous();

    @Message("anonymous to the audience")
    String qa_anonymous_to_audience();

    @Message("yours")
    String qa_yours();

    @Message("waiting for approval")
    String qa_pending();

    @Message("hidden by the organizers: {reason}")
    String qa_hidden(String reason);

    @Message("answered")
    String qa_answered();

    @Message("on stage")
    String qa_pinned();

    @Message("{#when status}{#is 'PENDING'}pending{#is 'VISIBLE'}visible{#is 'HIDDEN'}hidden{#else}{status}{/when}")
    String qa_status(String status);

    @Message("{count} {#if count == 1}vote{#else}votes{/if}")
    String qa_votes(int count);

    @Message("Upvote")
    String qa_vote();

    @Message("Take my vote back")
    String qa_unvote();

    @Message("Audience award")
    String award_heading();

    @Message("{#when state}{#is 'NONE'}Voting has not opened.{#is 'OPEN'}Voting is open.{#is 'CLOSED'}Voting is closed; results not shown yet.{#is 'REVEALED'}Results are on the stage.{#else}{state}{/when}")
    String award_state(String state);

    @Message("{count} {#if count == 1}vote{#else}votes{/if}")
    String award_votes(long count);

    @Message("Vote now for the audience award on your phone!")
    String award_open_stage();

    @Message("Thanks, your vote for the audience award is in.")
    String award_voted();

    @Message("Which startup gets your vote?")
    String award_choose();

    @Message("Vote")
    String award_vote_button();
}
