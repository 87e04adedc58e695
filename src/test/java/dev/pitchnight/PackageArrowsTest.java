package dev.pitchnight;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package arrows of docs/ARCHITECTURE.md, read from the compiled main classes: no cycle
 * between any two {@code dev.pitchnight.*} packages, and the shared kernel ({@code i18n},
 * {@code web}, {@code account}, {@code notify}) knows no feature. No exceptions.
 */
class PackageArrowsTest {

    static final String[] KERNEL = {"dev.pitchnight.i18n..", "dev.pitchnight.web..", "dev.pitchnight.account..",
        "dev.pitchnight.notify.."};

    static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.pitchnight");
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("dev.pitchnight.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void sharedKernelDependsOnNoFeature() {
        noClasses().that().resideInAnyPackage(KERNEL)
                .should().dependOnClassesThat(resideInAPackage("dev.pitchnight..").and(resideOutsideOfPackages(KERNEL)))
                .check(classes);
    }
}
