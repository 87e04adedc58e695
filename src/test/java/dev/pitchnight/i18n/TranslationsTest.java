package dev.pitchnight.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every text has a German translation: each message of each bundle has its key in
 * {@code messages/<namespace>_de.properties} (and no key is left there that the bundle dropped);
 * mails are messages of their feature's bundle, so they are covered too.
 */
class TranslationsTest {

    /** Every message bundle of the app, found in the compiled classes (a feature's new bundle is covered the day it is added). */
    static List<Class<?>> bundles() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.pitchnight").stream()
                .filter(type -> type.isAnnotatedWith(MessageBundle.class))
                .map(JavaClass::reflect)
                .<Class<?>>map(type -> type)
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    @TestFactory
    Stream<DynamicTest> everyMessageHasAGermanTranslation() {
        List<Class<?>> bundles = bundles();
        assertThat(bundles).extracting(Class::getSimpleName).contains("AppMessages", "RefusalMessages", "PitchMessages");
        return bundles.stream().map(bundle -> DynamicTest.dynamicTest(bundle.getSimpleName(), () -> {
            String namespace = bundle.getAnnotation(MessageBundle.class).value();
            Set<String> keys = Arrays.stream(bundle.getDeclaredMethods())
                    .filter(method -> method.isAnnotationPresent(Message.class))
                    .map(Method::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(keys).as("messages of %s (Quarkus 3.30 generates broken bytecode beyond 300)", bundle.getSimpleName())
                    .hasSizeLessThanOrEqualTo(300);
            Properties german = load("messages/" + namespace + "_de.properties");

            Set<String> untranslated = new TreeSet<>(keys);
            untranslated.removeAll(german.stringPropertyNames());
            Set<String> stale = new TreeSet<>(german.stringPropertyNames());
            stale.removeAll(keys);
            assertThat(untranslated).as("keys of %s without a German text", bundle.getSimpleName()).isEmpty();
            assertThat(stale).as("German keys that %s no longer has", bundle.getSimpleName()).isEmpty();
            german.stringPropertyNames().forEach(key ->
                    assertThat(german.getProperty(key)).as("German text of %s", key).isNotBlank());
        }));
    }

    @Test
    void everyMailHasItsWordsInAFeatureBundle() {
        // Mails are messages of their feature's bundle (one text per mail, English and German),
        // so the check above covers their German; no second copy of a mail as a template.
        assertThat(bundles()).extracting(Class::getSimpleName).contains("RsvpMailTexts", "PitchMailTexts", "ReportMailTexts");
        assertThat(getClass().getClassLoader().getResource("templates/Mails")).isNull();
    }

    @Test
    void everyGermanFileBelongsToABundle() throws IOException, URISyntaxException {
        Path messages = Path.of(getClass().getClassLoader().getResource("messages").toURI());
        Set<String> files;
        try (Stream<Path> list = Files.list(messages)) {
            files = list.map(path -> path.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> expected = bundles().stream()
                .map(bundle -> bundle.getAnnotation(MessageBundle.class).value() + "_de.properties")
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(files).isEqualTo(expected);
    }

    private Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
