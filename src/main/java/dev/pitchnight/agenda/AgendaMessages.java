package dev.pitchnight.agenda;

import java.time.ZonedDateTime;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The agenda feature's words: the run of show, its editor and the lineup on the night's pages.
 * German texts are in {@code messages/agendamsg_de.properties}.
 */
@MessageBundle("agendamsg")
public interface AgendaMessages {

    @Message("Agenda")
    String agenda_heading();

    @Message("Agenda")
    String agenda_title();

    @Message("Agenda")
    String agenda_edit_link();

    @Message("Pitches (slots to fill)")
    String agenda_pitch_placeholder();

    @Message("The night runs {start} to {end} {zone}; {left} minutes are not planned yet.")
    String agenda_window(String start, String end, String zone, long left);

    @Message("The agenda runs {minutes} minutes past the night's end: shorten or remove items.")
    String agenda_overrun(long minutes);

    @Message("Nothing planned yet. Add doors, an intro, pitch slots, a break and networking below.")
    String agenda_empty();

    @Message("{#when kind}{#is DOORS}Doors open{#is INTRO}Welcome and intro{#is PITCH}Pitch{#is BREAK}Break{#is NETWORKING}Networking{#is OTHER}Programme{/when}")
    String agenda_kind(AgendaItem.Kind kind);

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

    @Message("Change “{name}”")
    String agenda_change(String name);

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

    // --- Refusals: why a request was refused (web/Refusal, through agenda/AgendaRefusals) ---


    @Message("choose an accepted pitch")
    String agenda_choose_pitch();

    @Message("There is no agenda item {id} in this night.")
    String agenda_no_item_in_night(long id);

    @Message("There is no agenda item {id}.")
    String agenda_no_item(long id);

    @Message("the item's fields are required")
    String agenda_item_required();

    @Message("is required for a pitch slot")
    String agenda_pitch_required();

    @Message("Already on the agenda")
    String agenda_already_title();

    @Message("{company} already has a slot on the agenda.")
    String agenda_already(String company);

    @Message("cannot change; remove the slot and add one for the other pitch")
    String agenda_pitch_fixed();

    @Message("cannot change; remove the item and add another")
    String agenda_kind_fixed();

    @Message("Past the end of the night")
    String agenda_past_end_title();

    @Message("The agenda would end at {agendaEnd.clock}, after the night ends at {nightEnd.clock}. Shorten or remove an item first.")
    String agenda_past_end(ZonedDateTime agendaEnd, ZonedDateTime nightEnd);

    @Message("is required (DOORS, INTRO, BREAK, NETWORKING, OTHER), or a pitchId for a pitch slot")
    String agenda_kind_required();

    @Message("must be one of DOORS, INTRO, BREAK, NETWORKING, OTHER")
    String agenda_kind_unknown();

    @Message("must be between {min} and {max} minutes")
    String agenda_minutes_between(int min, int max);
}
