package br.com.jttelecom.console.app.launch;

import br.com.jttelecom.console.app.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Desktop;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * macOS opens a {@code tel:}/{@code callto:} link (registered by {@code CFBundleURLTypes} in the
 * bundle's Info.plist) by sending the running console an Apple Event, never as an argument, also
 * when the click is what starts the console. {@link java.awt.Desktop#setOpenURIHandler} receives
 * it; this class feeds it into the same {@link HandoverInbox} as a second launch's socket message,
 * so the number reaches the same confirmation.
 *
 * <p>Installed by {@link Main} before JavaFX starts, on the main thread: AWT must own the macOS
 * application first, otherwise (JavaFX 21) the link that launched the console is dropped
 * (JDK-8198549) or no link arrives at all (JDK-8332947). Elsewhere it does nothing, without
 * touching AWT: on Linux and Windows the link is an argument, and starting AWT would only slow the
 * first window. UNTESTED on a Mac (none here): see installer/README.md.
 */
public final class MacLinkEvents {

    private static final Logger LOG = LoggerFactory.getLogger(MacLinkEvents.class);

    private MacLinkEvents() {
    }

    /** @return true when the handler is in place (macOS with a desktop) */
    public static boolean install(String osName, HandoverInbox inbox) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("mac")) {
            return false;
        }
        try {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_URI)) {
                return false;
            }
            Desktop.getDesktop().setOpenURIHandler(event -> inbox.accept(handoverFor(event.getURI())));
            return true;
        } catch (RuntimeException e) {
            // Without the handler links do not arrive, but the console itself works: never block the start.
            LOG.warn("tel: links cannot be received on this Mac: {}", e.toString());
            return false;
        }
    }

    /**
     * The number in the link, as a later launch would hand it over. A link the console cannot
     * read still reaches the window as typed, so the agent sees why it cannot be called instead
     * of a click that does nothing.
     */
    static SingleInstance.Handover handoverFor(URI link) {
        String text = link == null ? "" : link.toString();
        String unreadable = text.length() > DialUri.MAX_LENGTH ? text.substring(0, DialUri.MAX_LENGTH) : text;
        return new SingleInstance.Handover(Optional.of(DialUri.number(text).orElse(unreadable)));
    }
}
