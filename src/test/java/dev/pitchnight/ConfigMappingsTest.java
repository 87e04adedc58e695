package dev.pitchnight;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.smallrye.config.ConfigMapping;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quarkus registers a {@code @ConfigMapping} only where something injects it; one that nothing
 * injects is skipped, and then the packaged app refuses to start on its keys in
 * application.properties ("SRCFG00050 … does not map to any root"). Tests do not notice, because a
 * test may inject it. So: every mapping of the main classes is used by another main class.
 */
class ConfigMappingsTest {

    @Test
    void everyConfigMappingIsInjectedSomewhereInTheApp() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.pitchnight");
        List<JavaClass> mappings = classes.stream().filter(c -> c.isAnnotatedWith(ConfigMapping.class)).toList();
        assertThat(mappings).hasSizeGreaterThanOrEqualTo(10);
        List<String> unused = mappings.stream()
                .filter(mapping -> mapping.getDirectDependenciesToSelf().stream()
                        .map(dependency -> dependency.getOriginClass().getName())
                        .noneMatch(origin -> !origin.startsWith(mapping.getName())))
                .map(JavaClass::getSimpleName).toList();
        assertThat(unused).as("config mappings nothing in the app injects").isEmpty();
    }
}
