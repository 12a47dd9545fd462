package br.com.jttelecom.console.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits for a condition on the window, then lets the JavaFX thread finish the event that made it true.
 * One change (the PBX going down, a page loading) updates several nodes in one event; a test that sees
 * the first of them from its own thread could otherwise read the others before they follow.
 */
final class FxWait {

    private FxWait() {
    }

    static void until(long seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
