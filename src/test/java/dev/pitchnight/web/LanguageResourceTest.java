package dev.pitchnight.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageResourceTest {

    @Test
    void theSwitchOnlyLeadsBackToThisSite() {
        assertThat(LanguageResource.safeBack("/events/7?x=1")).isEqualTo("/events/7?x=1");
        assertThat(LanguageResource.safeBack("//evil.example/")).isEqualTo("/");
        assertThat(LanguageResource.safeBack("/\\evil.example/")).isEqualTo("/");
        assertThat(LanguageResource.safeBack("https://evil.example/")).isEqualTo("/");
        assertThat(LanguageResource.safeBack(null)).isEqualTo("/");
        assertThat(LanguageResource.safeBack("/a b")).isEqualTo("/");
    }
}
