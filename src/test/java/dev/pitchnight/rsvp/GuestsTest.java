package dev.pitchnight.rsvp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitchnight.event.Event;
import dev.pitchnight.web.Refusal;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The guests rule on its own, in the one place it lives (in the app, for its words). */
@QuarkusTest
class GuestsTest {

    @Test
    void theFormsFieldIsAWholeNumberAndBlankMeansNone() {
        assertThat(Guests.fromForm(null)).isZero();
        assertThat(Guests.fromForm("  ")).isZero();
        assertThat(Guests.fromForm(" 2 ")).isEqualTo(2);
        assertThatThrownBy(() -> Guests.fromForm("two"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.fieldErrors(Locale.ENGLISH))
                        .containsEntry("guests", "must be a whole number"));
    }

    @Test
    void noNightTakesNegativeGuestsOrMoreThanItAllows() {
        Event night = new Event();
        night.guestsAllowed = 1;
        Guests.requireAllowed(night, 0);
        Guests.requireAllowed(night, 1);
        assertThatThrownBy(() -> Guests.requireAllowed(night, 2))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.fieldErrors(Locale.ENGLISH))
                        .containsEntry("guests", "this night allows at most 1 guest"));
        assertThatThrownBy(() -> Guests.requireAtLeastZero(-1))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.fieldErrors(Locale.ENGLISH))
                        .containsEntry("guests", "must be 0 or more"));
    }
}
