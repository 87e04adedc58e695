package dev.pitchnight.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitchnight.agenda.AgendaMessages;
import dev.pitchnight.event.EventMessages;
import dev.pitchnight.i18n.TemplateLanguage;
import dev.pitchnight.rsvp.RsvpMessages;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A refusal's words come from the bundles, in the reader's language, as they were when it was made.
 * Feature words (each feature's own bundle) are taken here the way the features' {@code Refusals}
 * classes take them.
 */
@QuarkusTest
class RefusalTest {

    static final ZonedDateTime NINE_THIRTY_FIVE = ZonedDateTime.of(2026, 12, 10, 21, 35, 0, 0, ZoneId.of("America/Los_Angeles"));

    @Test
    void wordsAreWrittenInEveryLanguageWhenTheRefusalIsMade() {
        int[] taken = {3};
        Refusal refusal = conflict(rsvp(m -> m.rsvp_capacity_too_low_title()), rsvp(m -> m.rsvp_capacity_too_low(taken[0])));
        taken[0] = 1; // later changes do not rewrite what was refused

        assertThat(refusal.status()).isEqualTo(Response.Status.CONFLICT);
        assertThat(refusal.getMessage()).isEqualTo("3 seats are already taken; the capacity cannot be lower than that.");
        assertThat(refusal.title(Locale.ENGLISH)).isEqualTo("Capacity too low");
        assertThat(refusal.title(Locale.GERMAN)).isEqualTo("Zu wenige Plätze");
        assertThat(refusal.detail(Locale.GERMAN)).isEqualTo("3 Plätze sind schon vergeben; weniger Plätze kann der Abend nicht haben.");
        assertThat(refusal.detail(Locale.forLanguageTag("de-AT"))).startsWith("3 Plätze");
        assertThat(refusal.detail(Locale.FRENCH)).isEqualTo(refusal.getMessage()); // a language we do not speak: English
    }

    @Test
    void pluralsAndNumbersFollowTheLanguage() {
        assertThat(conflict(rsvp(m -> m.rsvp_capacity_too_low_title()), rsvp(m -> m.rsvp_capacity_too_low(1))).detail(Locale.GERMAN))
                .isEqualTo("1 Platz ist schon vergeben; weniger Plätze kann der Abend nicht haben.");
        assertThat(Refusal.invalid(Map.of("guests", rsvp(m -> m.rsvp_too_many_guests(0)))).fieldErrors(Locale.GERMAN))
                .containsExactly(Map.entry("guests", "an diesem Abend sind keine Gäste erlaubt"));
        assertThat(Refusal.invalid(Map.of("guests", rsvp(m -> m.rsvp_too_many_guests(1)))).fieldErrors(Locale.GERMAN))
                .containsExactly(Map.entry("guests", "an diesem Abend ist höchstens ein Gast erlaubt"));
        Refusal two = Refusal.invalid(Map.of("guests", rsvp(m -> m.rsvp_too_many_guests(2))));
        assertThat(two.getMessage()).isEqualTo("guests: this night allows at most 2 guests");
        assertThat(two.detail(Locale.GERMAN)).isEqualTo("guests: an diesem Abend sind höchstens 2 Gäste erlaubt");
    }

    @Test
    void timesAreWrittenForTheReaderWhateverLanguageIsAround() {
        // As if a German page asked: the English words keep their English clock.
        Refusal refusal = TemplateLanguage.speaking(Locale.GERMAN, () -> conflict(agenda(m -> m.agenda_past_end_title()),
                agenda(m -> m.agenda_past_end(NINE_THIRTY_FIVE, NINE_THIRTY_FIVE.minusMinutes(5)))));
        assertThat(refusal.getMessage())
                .isEqualTo("The agenda would end at 9:35 PM, after the night ends at 9:30 PM. Shorten or remove an item first.");
        assertThat(refusal.detail(Locale.GERMAN)).isEqualTo(
                "Der Ablauf würde um 21:35 Uhr enden, nach dem Ende des Abends um 21:30 Uhr. Kürze oder entferne zuerst einen Punkt.");
        Refusal opens = conflict(rsvp(m -> m.rsvp_not_open_title()), rsvp(m -> m.rsvp_not_open(NINE_THIRTY_FIVE)));
        assertThat(opens.getMessage()).isEqualTo("RSVPs for this night open on Thursday, December 10, 2026 at 9:35 PM.");
        assertThat(opens.detail(Locale.GERMAN)).isEqualTo("Zusagen für diesen Abend sind ab Donnerstag, 10. Dezember 2026, 21:35 Uhr möglich.");
    }

    @Test
    void fieldMessagesKeepTheirOrderAndMakeTheDetail() {
        Map<String, Refusal.Text> errors = new LinkedHashMap<>();
        errors.put("title", (Refusal.Words) m -> m.required());
        errors.put("endsAt", locale -> Refusal.messages(EventMessages.class, locale).event_end_after_start());
        errors.put("capacity", (Refusal.Words) m -> m.between(0, 100_000));
        Refusal refusal = Refusal.invalid(errors);

        assertThat(refusal.status()).isEqualTo(Response.Status.BAD_REQUEST);
        assertThat(refusal.title(Locale.GERMAN)).isEqualTo("Ungültige Eingabe");
        assertThat(refusal.getMessage()).isEqualTo("title: is required; endsAt: must be after the start; capacity: must be between 0 and 100000");
        assertThat(refusal.fieldErrors(Locale.GERMAN)).containsExactly(Map.entry("title", "fehlt"),
                Map.entry("endsAt", "muss nach dem Beginn liegen"), Map.entry("capacity", "muss zwischen 0 und 100000 liegen"));
        assertThat(refusal.fieldErrors()).containsOnlyKeys("title", "endsAt", "capacity");
    }

    private static Refusal conflict(Refusal.Text title, Refusal.Text detail) {
        return new Refusal(Response.Status.CONFLICT, title, detail, null);
    }

    private static Refusal.Text rsvp(Function<RsvpMessages, String> words) {
        return locale -> words.apply(Refusal.messages(RsvpMessages.class, locale));
    }

    private static Refusal.Text agenda(Function<AgendaMessages, String> words) {
        return locale -> words.apply(Refusal.messages(AgendaMessages.class, locale));
    }
}
