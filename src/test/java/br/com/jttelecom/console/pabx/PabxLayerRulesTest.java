package br.com.jttelecom.console.pabx;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PBX client stays a library: no UI, no storage, no use cases, and its HTTP/JSON types stay inside. */
class PabxLayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("br.com.jttelecom.console");
    }

    @Test
    void pabxDependsOnlyOnModelAndI18nOfOurPackages() {
        noClasses().that().resideInAPackage("br.com.jttelecom.console.pabx..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "br.com.jttelecom.console.ui..",
                        "br.com.jttelecom.console.service..", "br.com.jttelecom.console.store..",
                        "br.com.jttelecom.console.sim..", "br.com.jttelecom.console.app..",
                        "br.com.jttelecom.console.api..")
                .because("the PBX client knows nothing of H2, JavaFX or the use cases (DESIGN.md)")
                .check(classes);
    }

    @Test
    void okHttpAndResilience4jAreUsedOnlyInsidePabx() {
        noClasses().that().resideOutsideOfPackage("br.com.jttelecom.console.pabx..")
                .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "io.github.resilience4j..")
                .because("OkHttp and resilience4j types never leak above the client package (STYLE.md)")
                .check(classes);
    }

    @Test
    void theWireRecordsDoNotDependOnTheClient() {
        noClasses().that().resideInAPackage("br.com.jttelecom.console.pabx.wire..")
                .should().dependOnClassesThat().resideInAPackage("br.com.jttelecom.console.pabx")
                .because("pabx.wire is shared with the simulator, which must not pull in the client")
                .check(classes);
    }
}
