package br.com.jttelecom.console.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits for a condition on the window, asking it on the JavaFX thread, then lets that thread finish
 * the event that made it true.
 *
 * <p>Why on the JavaFX thread: a lookup walks the scene graph, and walking it from the test's thread
 * while a page rebuilds its charts failed with an IndexOutOfBoundsException. Why the last step: one
 * change (the PBX going down, a page loading) updates several nodes in one event, and a test that
 * saw the first of them could otherwise read the others before they follow.
 */
final class FxWait {

    private FxWait() {
    }

    static void until(long seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(seconds, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
