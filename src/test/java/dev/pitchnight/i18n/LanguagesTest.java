package dev.pitchnight.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void theBrowsersPreferenceDecidesAmongTheLanguagesWeSpeak() {
        assertThat(Languages.choose(null, "de-DE,de;q=0.9,en-US;q=0.8")).isEqualTo(Locale.GERMAN);
        assertThat(Languages.choose(null, "de-AT")).isEqualTo(Locale.GERMAN);
        assertThat(Languages.choose(null, "en-US,en;q=0.9,de;q=0.8")).isEqualTo(Locale.ENGLISH);
        // French first, German second: German, not the English fallback.
        assertThat(Languages.choose(null, "fr-FR,fr;q=0.9,de;q=0.5")).isEqualTo(Locale.GERMAN);
        assertThat(Languages.choose(null, "en;q=0.5,de;q=0.9")).isEqualTo(Locale.GERMAN);
    }

    @Test
    void theSwitchWinsOverTheBrowser() {
        assertThat(Languages.choose("de", "en-US,en")).isEqualTo(Locale.GERMAN);
        assertThat(Languages.choose("en", "de-DE,de")).isEqualTo(Locale.ENGLISH);
        // A cookie we do not understand is ignored.
        assertThat(Languages.choose("klingon", "de")).isEqualTo(Locale.GERMAN);
    }

    @Test
    void nothingUsableMeansEnglish() {
        assertThat(Languages.choose(null, null)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.choose(null, "")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.choose(null, "fr-FR,es;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.choose(null, ";;;not a header===")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.choose(null, "de;q=0")).isEqualTo(Locale.ENGLISH);
    }
}
