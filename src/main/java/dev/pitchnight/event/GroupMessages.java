package dev.pitchnight.event;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of groups: the directory, starting and editing a group, the admin page, and the
 * refusals of these ({@link GroupRefusals}). German texts are in {@code messages/groupmsg_de.properties}.
 */
@MessageBundle("groupmsg")
public interface GroupMessages {

    @Message("only admins suspend or restore a group")
    String group_admins_suspend();

    @Message("This page is for administrators.")
    String group_admins_only();

    @Message("cannot change once the group exists")
    String group_slug_stays();

    @Message("must be one of: upcoming, past")
    String when_upcoming_or_past();

    @Message("Address taken")
    String group_slug_taken_title();

    @Message("The address \"{slug}\" belongs to another group. Choose another one.")
    String group_slug_taken(String slug);

    @Message("is a reserved word; choose another")
    String group_slug_reserved();

    @Message("must be 3 to 40 lower-case letters, digits or hyphens, starting and ending with a letter or digit")
    String group_slug_malformed();

    @Message("Group suspended")
    String group_suspended_title();

    @Message("{name} is suspended by the administrators: its nights take no RSVPs or pitches for now.")
    String group_suspended(String name);

    @Message("Not a draft")
    String draft_published_title();

    @Message("{title} is published: cancel it instead, so that the people who RSVPed hear about it.")
    String draft_published(String title);

    @Message("Groups")
    String groups_title();

    @Message("Communities that run pitch nights. Join one, or start your own.")
    String groups_lead();

    @Message("Search groups by name or city")
    String groups_search_label();

    @Message("Search")
    String search_button();

    @Message("No group matches.")
    String groups_empty();

    @Message("Next: {title}")
    String groups_next_night(String title);

    @Message("No night announced yet")
    String groups_no_next();

    @Message("Start a group")
    String groups_start();

    @Message("Start a group")
    String group_new_title();

    @Message("You become its owner: you announce its nights and may invite co-organizers.")
    String group_new_lead();

    @Message("Name")
    String group_form_name();

    @Message("Address")
    String group_form_slug();

    @Message("Your group's page will be /groups/ followed by this: 3 to 40 lower-case letters, digits or hyphens. It cannot change later.")
    String group_form_slug_hint();

    @Message("Description (Markdown)")
    String group_form_description();

    @Message("City")
    String group_form_city();

    @Message("Time zone (the default for its nights)")
    String group_form_zone();

    @Message("Website")
    String group_form_website();

    @Message("Members may see who else is a member")
    String group_form_members_visible();

    @Message("Start the group")
    String group_form_create();

    @Message("Save")
    String group_form_save();

    @Message("Please correct the marked fields.")
    String group_form_errors();

    @Message("Edit {name}")
    String group_edit_title(String name);

    @Message("Edit the group")
    String group_edit_link();

    @Message("This group is suspended by the administrators: its nights are not listed and take no RSVPs or pitches.")
    String group_suspended_notice();

    @Message("Drafts (only organizers see them)")
    String group_drafts();

    @Message("Delete the draft {title}")
    String group_delete_draft(String title);

    @Message("Delete")
    String group_delete();

    @Message("Members")
    String group_members_list();

    @Message("Website")
    String group_website_link();

    @Message("Pages")
    String pager_label();

    @Message("Previous")
    String pager_prev();

    @Message("Next")
    String pager_next();

    @Message("Page {page} of {pages}")
    String pager_page(int page, int pages);

    @Message("Search nights by title, group or city")
    String home_search_label();

    @Message("No upcoming night matches your search.")
    String home_no_results();

    @Message("Browse groups")
    String home_groups_link();

    @Message("Groups")
    String nav_groups();

    @Message("Administration")
    String nav_admin();

    @Message("Administration")
    String admin_title();

    @Message("Every group, with its organizers, members, nights and last activity.")
    String admin_lead();

    @Message("Group")
    String admin_col_group();

    @Message("Organizers")
    String admin_col_organizers();

    @Message("Members")
    String admin_col_members();

    @Message("Nights")
    String admin_col_nights();

    @Message("Last activity")
    String admin_col_last();

    @Message("Status")
    String admin_col_status();

    @Message("active")
    String admin_active();

    @Message("suspended")
    String admin_suspended();

    @Message("Suspend {name}")
    String admin_suspend(String name);

    @Message("Restore {name}")
    String admin_restore(String name);

    @Message("No group yet.")
    String admin_empty();

    @Message("Start a group of your own")
    String account_start_group();
}
