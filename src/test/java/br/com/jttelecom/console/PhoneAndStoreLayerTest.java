package br.com.jttelecom.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The phone and store layers stay free of the UI, the PBX client and the app wiring. */
class PhoneAndStoreLayerTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("br.com.jttelecom.console");

    @Test
    void phoneUsesOnlyModelAndI18n() {
        noClasses().that().resideInAPackage("..console.phone..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..console.ui..",
                        "..console.service..", "..console.pabx..", "..console.sim..", "..console.app..",
                        "..console.store..", "..console.api..")
                .because("numbers are plain logic that every layer may use")
                .check(CLASSES);
    }

    @Test
    void storeUsesOnlyModelAndI18n() {
        noClasses().that().resideInAPackage("..console.store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..console.ui..",
                        "..console.service..", "..console.pabx..", "..console.sim..", "..console.app..",
                        "..console.api..")
                .because("the store knows nothing of the PBX or JavaFX (DESIGN.md)")
                .check(CLASSES);
    }
}
