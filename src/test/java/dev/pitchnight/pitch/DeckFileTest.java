package dev.pitchnight.pitch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitchnight.web.Refusal;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A deck is judged by its bytes: PDF header, and a trailer at the end. */
class DeckFileTest {

    @Test
    void aCompletePdfPasses() {
        assertThat(DeckFile.isPdf(PitchData.pdf())).isTrue();
    }

    @Test
    void otherFilesAndTruncatedPdfsAreRefused() {
        assertThat(DeckFile.isPdf("<html><script>alert(1)</script></html> padding padding".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(DeckFile.isPdf(Arrays.copyOf(PitchData.pdf(), PitchData.pdf().length - 10))).isFalse();
        assertThat(DeckFile.isPdf("%PDF-1.4 but nothing else follows here at all....".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(DeckFile.isPdf(new byte[0])).isFalse();
    }

    @Test
    void sizeIsCheckedBeforeContent() {
        assertThatThrownBy(() -> DeckFile.check(PitchData.pdf(), 16))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.status()).isEqualTo(Response.Status.REQUEST_ENTITY_TOO_LARGE));
        assertThatThrownBy(() -> DeckFile.check(new byte[0], 1000))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.fieldErrors()).containsKey("deck"));
    }

    @Test
    void downloadNamesAreSafe() {
        assertThat(DeckFile.safeName("Acme \"Robotics\"\r\n; x=y")).isEqualTo("Acme-Robotics-x-y-deck.pdf");
        assertThat(DeckFile.safeName("Ünïcode")).isEqualTo("n-code-deck.pdf");
    }
}
