package br.com.jttelecom.console.ui.fx;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import br.com.jttelecom.console.service.settings.Preferences;
import br.com.jttelecom.console.service.settings.Theme;
import br.com.jttelecom.console.service.settings.WindowBounds;
import br.com.jttelecom.console.ui.shell.MainWindowViewModel;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.Objects;

/** Owns the main stage: theme, title, stylesheet, and the size and place it reopens at. */
public final class MainWindow {

    static final double DEFAULT_WIDTH = 1200;
    static final double DEFAULT_HEIGHT = 760;
    /** Screens up to this wide (in the visual bounds, JavaFX pixels) open the first window maximized. */
    static final double MAXIMIZED_UP_TO = 1600;

    /** What the composition root hands over to show the window. */
    public record Parts(Parent root, MainWindowViewModel viewModel, Preferences preferences, Runnable onClose,
                        CloseGuard closeGuard) {

        public Parts(Parent root, MainWindowViewModel viewModel, Preferences preferences, Runnable onClose) {
            this(root, viewModel, preferences, onClose, CloseGuard.ALWAYS);
        }
    }

    private final Stage stage;
    private final Parts parts;
    private boolean closed;

    public MainWindow(Stage stage, Parts parts) {
        this.stage = stage;
        this.parts = parts;
    }

    public void show() {
        MainWindowViewModel vm = parts.viewModel();
        applyTheme(vm.themeProperty().get());
        vm.themeProperty().addListener((obs, old, now) -> applyTheme(now));

        Scene scene = new Scene(parts.root(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("/ui/console.css")).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        parts.preferences().windowBounds().filter(MainWindow::onSomeScreen).ifPresentOrElse(this::place, this::placeDefault);
        Rectangle2D placed = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        stage.setOnHiding(e -> close());
        stage.setOnCloseRequest(e -> {
            if (!parts.closeGuard().mayClose(stage, stage::close)) {
                e.consume(); // the guard closes the stage itself once it is done (e.g. after a PBX logout)
            }
        });
        stage.show();
        if (!stage.isMaximized()) {
            ShownSize.hold(stage, placed.getMinX(), placed.getMinY(), placed.getWidth(), placed.getHeight());
        }
    }

    /** Saves where the window was and releases listeners; safe to call twice. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (stage.getScene() != null) {
            parts.preferences().setWindowBounds(new WindowBounds(stage.getX(), stage.getY(),
                    stage.getWidth(), stage.getHeight(), stage.isMaximized()));
        }
        parts.viewModel().dispose();
        parts.onClose().run();
    }

    /**
     * First start (or a saved place that is gone): most of a large screen, centred; the whole of a small one
     * (up to {@link #MAXIMIZED_UP_TO} wide, a call centre's 1366 × 768 among them), where a tenth of the
     * width is the Leads table's last columns. Un-maximized, the window keeps the centred size.
     */
    private void placeDefault() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setMaximized(false);
        // Most of a large screen (the workspace has three columns), never more than the screen.
        stage.setWidth(Math.min(Math.max(DEFAULT_WIDTH, screen.getWidth() * 0.9), screen.getWidth()));
        stage.setHeight(Math.min(Math.max(DEFAULT_HEIGHT, screen.getHeight() * 0.9), screen.getHeight()));
        stage.centerOnScreen();
        stage.setMaximized(screen.getWidth() <= MAXIMIZED_UP_TO);
    }

    /** Where it was last time, pulled wholly onto the screen it is on (it may have shrunk since, or been dragged off). */
    private void place(WindowBounds b) {
        Rectangle2D screen = inside(b, screenOf(b));
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setMaximized(b.maximized());
    }

    private static Rectangle2D screenOf(WindowBounds b) {
        return Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), b.width(), b.height())).stream()
                .findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }

    /** {@code b} moved (and if need be shrunk) to lie wholly within {@code screen}. */
    static Rectangle2D inside(WindowBounds b, Rectangle2D screen) {
        double w = Math.min(b.width(), screen.getWidth());
        double h = Math.min(b.height(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(b.x(), screen.getMaxX() - w));
        double y = Math.max(screen.getMinY(), Math.min(b.y(), screen.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }

    /** A window saved on a monitor that is gone now would open out of sight. */
    private static boolean onSomeScreen(WindowBounds b) {
        return !Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), b.width(), b.height())).isEmpty();
    }

    /** Public so the login screen, shown before this window, wears the same theme. */
    public static void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
