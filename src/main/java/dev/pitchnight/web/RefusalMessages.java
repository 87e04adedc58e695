package dev.pitchnight.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.ZonedDateTime;

/**
 * The refusal words every feature shares ({@link Refusal}): the titles (not found, not allowed,
 * invalid input, night cancelled), the field messages that complete a sentence starting with the
 * field's name ("guests: must be 0 or more"), and the error mapper's own answers. German in
 * {@code messages/refusalmsg_de.properties}. Each feature words its own refusals in its own bundle
 * ({@code rsvp/RsvpMessages} through {@code rsvp/RsvpRefusals}, and so on).
 */
@MessageBundle("refusalmsg")
public interface RefusalMessages {

    // --- Shared: titles and field messages every feature uses --------------------------

    @Message("Not found")
    String not_found_title();

    @Message("Not allowed")
    String not_allowed_title();

    @Message("Invalid input")
    String invalid_input_title();

    @Message("There is no pitch night {id}.")
    String no_such_night(long id);

    @Message("Night cancelled")
    String night_cancelled_title();

    @Message("is required")
    String required();

    @Message("must be at most {max} characters")
    String at_most_characters(int max);

    @Message("must be between {min} and {max}")
    String between(int min, int max);

    @Message("must be a whole number")
    String whole_number();

    @Message("must be {min} or more")
    String at_least(int min);

    @Message("must be one of: {values}")
    String one_of(String values);

    @Message("the fields to change are required")
    String fields_to_change_required();

    @Message("Please check the marked fields.")
    String check_marked_fields();

    // --- Answers of the error mapper itself (web/ErrorMapper) --------------------------

    @Message("Not signed in")
    String not_signed_in_title();

    @Message("This needs a bearer token from Pitchnight's Keycloak (realm pitchnight).")
    String not_signed_in();

    @Message("The bearer token is not valid: it is malformed, expired, or not signed by Pitchnight's Keycloak.")
    String bearer_token_invalid();

    @Message("Your RSVP could not be saved just now; nothing was changed. Please try again.")
    String rsvp_busy();

    @Message("There is nothing at {path}.")
    String nothing_at(String path);

    @Message("is not a known field")
    String json_unknown_field();

    @Message("has the wrong type or format")
    String json_wrong_type();

    @Message("A number in the body is out of range.")
    String json_number_out_of_range();

    @Message("The body is not valid JSON.")
    String json_invalid();

    @Message("The body does not have the expected shape; see the API document at /q/openapi.")
    String json_wrong_shape();

    @Message("The request is not valid.")
    String request_invalid();

    @Message("Pitchnight speaks English (en) and German (de).")
    String language_unknown();

}
