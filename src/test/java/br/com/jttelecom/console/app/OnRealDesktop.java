package br.com.jttelecom.console.app;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Runs a test class's JavaFX windows on a real desktop ({@link XDesktop}) in this JVM, through GTK, as people see
 * them: a window manager sizes, places and maximizes them, which Monocle never does. GTK reads the display once,
 * from the environment, when JavaFX starts, so Surefire's {@code desktop-tests} execution starts this JVM with
 * {@code DISPLAY} set (pom.xml) and the desktop is started here on it, before the first window, once for all the
 * classes ({@code *DesktopTest}) that JVM runs.
 */
final class OnRealDesktop implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        assumeFalse("Monocle".equals(System.getProperty("glass.platform")),
                "a *DesktopTest runs in Surefire's desktop-tests execution (mvn verify), not under Monocle");
        XDesktop.assumeTools();
        String display = System.getenv("DISPLAY");
        assertThat(display).as("DISPLAY, set by the desktop-tests execution").isNotBlank();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(OnRealDesktop.class, k -> started(display), String.class);
    }

    /** The display, once its desktop runs; the desktop stops after this JVM (JavaFX draws on it to the end). */
    private static String started(String display) {
        assertThat(XDesktop.free(display)).as("no X server holds " + display + " already (pom.xml: jt.desktop.display)")
                .isTrue();
        try {
            Path logs = Files.createTempDirectory("jt-desktop");
            XDesktop.start(display, logs).stopAfterThisJvm();
            return display;
        } catch (Exception e) {
            throw new IllegalStateException("the desktop on " + display + " did not start", e);
        }
    }
}
