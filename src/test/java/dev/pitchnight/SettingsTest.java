package dev.pitchnight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitchnight.demo.DemoConfig;
import dev.pitchnight.live.LiveConfig;
import dev.pitchnight.notify.OutboxConfig;
import dev.pitchnight.picture.PictureConfig;
import dev.pitchnight.pitch.PitchConfig;
import dev.pitchnight.privacy.PrivacyConfig;
import dev.pitchnight.qa.QaConfig;
import dev.pitchnight.rsvp.RsvpConfig;
import dev.pitchnight.web.SiteConfig;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The typed settings read the keys application.properties has always had (names unchanged), test profile included. */
@QuarkusTest
class SettingsTest {

    @Inject
    SiteConfig site;

    @Inject
    RsvpConfig rsvp;

    @Inject
    OutboxConfig outbox;

    @Inject
    PitchConfig pitch;

    @Inject
    QaConfig qa;

    @Inject
    PictureConfig pictures;

    @Inject
    LiveConfig live;

    @Inject
    DemoConfig demo;

    @Inject
    PrivacyConfig privacy;

    @ConfigProperty(name = "quarkus.http.test-port")
    int testPort;

    @Test
    void theMappingsPickUpTheProperties() {
        assertThat(site.baseUrl()).isEqualTo("http://localhost:" + testPort);
        assertThat(site.address()).doesNotEndWith("/");
        assertThat(site.cookies().forceSecure()).isFalse();
        assertThat(rsvp.tickets().secret()).startsWith("test-only-").hasSizeGreaterThanOrEqualTo(32);
        assertThat(rsvp.offers().every()).isEqualTo("off");
        assertThat(rsvp.reminders().every()).isEqualTo("off");
        assertThat(outbox.every()).isEqualTo("off");
        assertThat(pitch.deckMaxBytes()).isEqualTo(8L * 1024 * 1024);
        assertThat(qa.maxLength()).isEqualTo(280);
        assertThat(pictures.maxBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(pictures.maxPixels()).isEqualTo(50_000_000L);
        assertThat(qa.questionsPerMinute()).isEqualTo(3);
        assertThat(live.poll()).isEqualTo(Duration.ofMillis(100));
        assertThat(demo.seed()).isFalse();
        assertThat(privacy.retentionDays()).isEqualTo(365);
        assertThat(privacy.erasures().every()).isEqualTo("off");
        assertThat(privacy.forgetting().every()).isEqualTo("off");
        assertThat(privacy.keycloak().clientId()).isEqualTo("pitchnight-privacy");
        assertThat(privacy.keycloak().secret()).hasValueSatisfying(secret -> assertThat(secret).startsWith("dev-only-"));
    }
}
