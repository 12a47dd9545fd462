package br.com.jttelecom.console;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layer rules of DESIGN.md, so that a wrong import fails the build instead of a review. */
@AnalyzeClasses(packages = "br.com.jttelecom.console", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "br.com.jttelecom.console";

    @ArchTest
    static final ArchRule uiNeverTalksToThePbxOrTheDatabase = noClasses()
            .that().resideInAPackage(BASE + ".ui..")
            .should().dependOnClassesThat().resideInAnyPackage(BASE + ".pabx..", BASE + ".store..", BASE + ".sim..", BASE + ".app..")
            .allowEmptyShould(true)
            .because("views go through view-models and services, which check permissions and write the audit trail");

    @ArchTest
    static final ArchRule pabxKnowsNothingAboveIt = noClasses()
            .that().resideInAPackage(BASE + ".pabx..")
            .should().dependOnClassesThat().resideInAnyPackage(BASE + ".ui..", BASE + ".service..", BASE + ".store..",
                    BASE + ".sim..", BASE + ".app..", BASE + ".api..", "javafx..")
            .allowEmptyShould(true)
            .because("the PBX client is a library: it must run headless and under any caller");

    @ArchTest
    static final ArchRule storeKnowsNothingAboveIt = noClasses()
            .that().resideInAPackage(BASE + ".store..")
            .should().dependOnClassesThat().resideInAnyPackage(BASE + ".ui..", BASE + ".service..", BASE + ".pabx..",
                    BASE + ".sim..", BASE + ".app..", BASE + ".api..", "javafx..")
            .allowEmptyShould(true)
            .because("the store only keeps data; it knows neither the PBX nor the screen");

    @ArchTest
    static final ArchRule simulatorStandsAlone = noClasses()
            .that().resideInAPackage(BASE + ".sim..")
            .should().dependOnClassesThat().resideInAnyPackage(BASE + ".service..", BASE + ".ui..", BASE + ".store..",
                    BASE + ".app..", BASE + ".api..", "javafx..")
            .allowEmptyShould(true)
            .because("the simulator plays the real PBX: it may share the wire records, nothing of the console");

    @ArchTest
    static final ArchRule servicesNeverDraw = noClasses()
            .that().resideInAPackage(BASE + ".service..")
            .should().dependOnClassesThat().resideInAnyPackage(BASE + ".ui..", BASE + ".app..", BASE + ".api..", "javafx..")
            .allowEmptyShould(true)
            .because("services return values or futures; the UI and the API both call them");

    @ArchTest
    static final ArchRule modelIsPlain = noClasses()
            .that().resideInAnyPackage(BASE + ".model..", BASE + ".phone..", BASE + ".i18n..", BASE + ".logging..")
            .should().dependOnClassesThat().resideInAnyPackage(BASE + ".ui..", BASE + ".service..", BASE + ".pabx..",
                    BASE + ".store..", BASE + ".sim..", BASE + ".app..", BASE + ".api..", "javafx..")
            .allowEmptyShould(true)
            .because("shared building blocks must not pull a layer in with them");

    @ArchTest
    static final ArchRule apiUsesServicesNotTheScreen = noClasses()
            .that().resideInAPackage(BASE + ".api..")
            .should().dependOnClassesThat().resideInAnyPackage(BASE + ".ui..", "javafx..")
            .allowEmptyShould(true)
            .because("the local API also runs headless, with no JavaFX at all");

    @ArchTest
    static final ArchRule apiGoesThroughServicesNotTheStore = noClasses()
            .that().resideInAPackage(BASE + ".api..")
            .should().dependOnClassesThat().resideInAnyPackage(BASE + ".store..", BASE + ".sim..", BASE + ".app..")
            .allowEmptyShould(true)
            .because("the API must get the same validation, permission checks and audit as the window: services only");

    @ArchTest
    static final ArchRule httpServerStaysInTheApi = noClasses()
            .that().resideOutsideOfPackage(BASE + ".api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
            .allowEmptyShould(true)
            .because("the local API is optional: nothing else may need its web server");

    @ArchTest
    static final ArchRule tokensAndMetricsStayInTheApi = noClasses()
            .that().resideOutsideOfPackage(BASE + ".api..")
            .should().dependOnClassesThat().resideInAnyPackage("com.auth0.jwt..", "io.micrometer..")
            .allowEmptyShould(true)
            .because("JWTs and Prometheus metrics are the API's business; services know users, not tokens");

    @ArchTest
    static final ArchRule okHttpStaysInTheClient = noClasses()
            .that().resideOutsideOfPackages(BASE + ".pabx..", BASE + ".sim..")
            .should().dependOnClassesThat().resideInAnyPackage("okhttp3..")
            .allowEmptyShould(true)
            .because("OkHttp types never leak above the client: errors are mapped to our own types");

    @ArchTest
    static final ArchRule theOsKeyringStaysBehindItsAdapter = noClasses()
            .that().doNotHaveFullyQualifiedName(BASE + ".store.secrets.OsKeyring")
            .should().dependOnClassesThat().resideInAnyPackage("com.github.javakeyring..", "org.freedesktop..",
                    "com.sun.jna..")
            .allowEmptyShould(true)
            .because("the keyring is native and optional: one adapter behind SecretKeyring, so the fallback to the "
                    + "owner-only file is the same code everywhere and testable where no keyring exists");

    @ArchTest
    static final ArchRule mediaPlaybackStaysInTheScreen = noClasses()
            .that().resideOutsideOfPackages(BASE + ".ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.media..")
            .allowEmptyShould(true)
            .because("playing audio is the screen's job; services hand it a downloaded file (ADR 0002)");

    @ArchTest
    static final ArchRule theAwtTrayStaysInItsPackage = noClasses()
            .that().resideOutsideOfPackages(BASE + ".ui.tray..")
            .should().dependOnClassesThat().belongToAnyOf(java.awt.SystemTray.class, java.awt.TrayIcon.class,
                    java.awt.PopupMenu.class, java.awt.MenuItem.class, java.awt.EventQueue.class)
            .allowEmptyShould(true)
            .because("JavaFX has no tray: AWT's runs on its own event thread, and the hops between the two threads "
                    + "stay in one small package");

    @ArchTest
    static final ArchRule everyDialogGoesThroughOwnedDialogs = noClasses()
            .that().doNotHaveFullyQualifiedName(BASE + ".ui.fx.OwnedDialogs")
            .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.base.DescribedPredicate.describe("initOwner or initModality of a dialog or stage",
                            t -> (t.getName().equals("initOwner") || t.getName().equals("initModality"))
                                    && (t.getOwner().isAssignableTo(javafx.scene.control.Dialog.class)
                                    || t.getOwner().isAssignableTo(javafx.stage.Stage.class)))))
            .allowEmptyShould(true)
            .because("a modal dialog un-maximized and moved the main window on GTK (JDK-8332222), and its buttons "
                    + "were cut: OwnedDialogs owns them without modality and sizes them to their content "
                    + "(the sign-out question did it again when it was written without it)");

    @ArchTest
    static final ArchRule noCyclesBetweenLayers = slices()
            .matching(BASE + ".(*)..")
            .should().beFreeOfCycles()
            .allowEmptyShould(true)
            .because("a cycle makes layers impossible to test or replace alone");

    @ArchTest
    static final ArchRule serviceFeaturesFormNoCycle = slices()
            .matching(BASE + ".service.(*)..")
            .should().beFreeOfCycles()
            .because("each feature of the service layer can then be read, tested and changed with only the features "
                    + "below it (accounts at the base, board and settings at the top: docs/architecture.md)");

    @ArchTest
    static final ArchRule theServiceRootUsesNoFeature = noClasses()
            .that().resideInAPackage(BASE + ".service")
            .should().dependOnClassesThat().resideInAPackage(BASE + ".service.*..")
            .because("the root holds only what every feature shares (the input errors, the CSV helpers)");

    @ArchTest
    static final ArchRule appPartsFormNoCycle = slices()
            .matching(BASE + ".app.(*)..")
            .should().beFreeOfCycles()
            .because("config and demo stand alone, wiring builds on them and launch on all three: "
                    + "a start-up change then never needs the wiring to know how the console was launched");
}
