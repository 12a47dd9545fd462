package br.com.jttelecom.console.ui.tray;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.OperatorState;
import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Menu;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system-tray icon. JavaFX has none, so this is AWT's, kept to this class: each change is copied
 * on the FX thread into a {@link Snapshot} and drawn on AWT's event thread, and each menu choice hops
 * back to the FX thread before it touches the view-model. On a desktop without a tray (headless, some
 * Linux sessions) it does nothing after one log line.
 */
public final class DesktopTray implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopTray.class);

    /** What the icon shows at one moment, immutable so it can cross from the FX thread to AWT's. */
    record Snapshot(OperatorState state, int missed, String tooltip, List<String> reasons, boolean canPause,
                    boolean canUnpause) {
    }

    private final TrayViewModel vm;
    private final Messages messages;
    private final Runnable showWindow;
    private final InvalidationListener changed = o -> post();
    private final Observable[] sources;
    // Touched on AWT's event thread only.
    private TrayIcon icon;
    private boolean unavailable;
    private String lastNotice;

    private DesktopTray(TrayViewModel vm, Messages messages, Runnable showWindow) {
        this.vm = vm;
        this.messages = messages;
        this.showWindow = showWindow;
        this.sources = new Observable[] {vm.stateProperty(), vm.missedProperty(), vm.tooltipProperty(),
                vm.canPauseProperty(), vm.canUnpauseProperty(), vm.reasons()};
    }

    /**
     * Puts the icon in the tray (call on the FX thread); empty when the session has no display at all.
     *
     * @param showWindow brings the main window to the front (run on the FX thread)
     */
    public static Optional<DesktopTray> install(TrayViewModel vm, Messages messages, Runnable showWindow) {
        if (GraphicsEnvironment.isHeadless()) {
            LOG.info("No system tray: the session has no display");
            return Optional.empty();
        }
        DesktopTray tray = new DesktopTray(vm, messages, showWindow);
        for (Observable o : tray.sources) {
            o.addListener(tray.changed);
        }
        vm.noticeProperty().addListener(tray.changed);
        tray.post();
        return Optional.of(tray);
    }

    /** FX thread: copies the state and hands it to AWT. */
    private void post() {
        Snapshot s = new Snapshot(vm.stateProperty().get(), vm.missedProperty().get(), vm.tooltipProperty().get(),
                List.copyOf(vm.reasons()), vm.canPauseProperty().get(), vm.canUnpauseProperty().get());
        String notice = vm.noticeProperty().get();
        EventQueue.invokeLater(() -> show(s, notice));
    }

    /** AWT thread. */
    private void show(Snapshot s, String notice) {
        if (unavailable || (icon == null && !create())) {
            return;
        }
        icon.setImage(TrayImages.draw(s.state(), s.missed(), iconSize()));
        icon.setToolTip(s.tooltip());
        icon.setPopupMenu(menu(s));
        if (notice != null && !notice.equals(lastNotice)) {
            icon.displayMessage(messages.get("operator.autoPause.title"), notice, TrayIcon.MessageType.WARNING);
        }
        lastNotice = notice;
    }

    private boolean create() {
        if (!SystemTray.isSupported()) {
            unavailable = true;
            LOG.info("No system tray on this desktop: the state and missed calls show in the window only");
            return false;
        }
        icon = new TrayIcon(TrayImages.draw(OperatorState.LOGGED_OUT, 0, iconSize()), messages.get("app.title"));
        icon.addActionListener(e -> onFx(this::openWindow)); // a double-click on the icon
        try {
            SystemTray.getSystemTray().add(icon);
            return true;
        } catch (AWTException e) {
            unavailable = true;
            icon = null;
            LOG.info("The system tray refused the icon: {}", e.getMessage());
            return false;
        }
    }

    private PopupMenu menu(Snapshot s) {
        PopupMenu menu = new PopupMenu();
        MenuItem open = new MenuItem(messages.get("tray.open"));
        open.addActionListener(e -> onFx(this::openWindow));
        menu.add(open);
        menu.addSeparator();
        Menu pause = new Menu(messages.get("tray.pause"));
        pause.setEnabled(s.canPause());
        for (String reason : s.reasons()) {
            MenuItem item = new MenuItem(reason);
            item.addActionListener(e -> onFx(() -> vm.pause(reason)));
            pause.add(item);
        }
        menu.add(pause);
        MenuItem unpause = new MenuItem(messages.get("tray.unpause"));
        unpause.setEnabled(s.canUnpause());
        unpause.addActionListener(e -> onFx(vm::unpause));
        menu.add(unpause);
        return menu;
    }

    private void openWindow() {
        showWindow.run();
        vm.seen();
    }

    private static void onFx(Runnable action) {
        Platform.runLater(action);
    }

    private static int iconSize() {
        return Math.max(16, SystemTray.getSystemTray().getTrayIconSize().height);
    }

    /** Takes the icon out of the tray (call on the FX thread); AWT's thread can then end with the app. */
    @Override
    public void close() {
        for (Observable o : sources) {
            o.removeListener(changed);
        }
        vm.noticeProperty().removeListener(changed);
        EventQueue.invokeLater(() -> {
            if (icon != null) {
                SystemTray.getSystemTray().remove(icon);
                icon = null;
            }
            unavailable = true;
        });
    }
}
