package br.com.jttelecom.console.app.launch;

import br.com.jttelecom.console.app.wiring.UiComposition;
import br.com.jttelecom.console.ui.fx.FxTaskRunner;
import br.com.jttelecom.console.ui.fx.FxmlLoaderFactory;
import br.com.jttelecom.console.ui.fx.FxmlView;
import br.com.jttelecom.console.ui.fx.MainWindow;
import br.com.jttelecom.console.ui.fx.ShownSize;
import br.com.jttelecom.console.ui.login.LoginView;
import br.com.jttelecom.console.ui.login.LoginViewModel;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.Map;
import java.util.Objects;

/**
 * Login first, then the main window; "Encerrar sessão" closes the main window (saving its
 * bounds), signs out and brings the login back on the same stage. The login shows while the
 * console is still starting (see {@link ConsoleStartup}); signing in waits for it.
 */
final class LoginFlow {

    static final double FIRST_WIDTH = 1200;
    static final double FIRST_HEIGHT = 760;
    private static final String STYLES =
            Objects.requireNonNull(LoginFlow.class.getResource("/ui/console.css")).toExternalForm();

    private final Stage stage;
    private final ConsoleStartup startup;
    private final Runnable exit;
    private final Runnable signedIn;
    private final Runnable signedOut;
    private MainWindow window;

    /**
     * @param signedIn  runs once the main window shows for a signed-in user (links may dial from then on)
     * @param signedOut runs when that user signs out
     */
    LoginFlow(Stage stage, ConsoleStartup startup, Runnable exit, Runnable signedIn, Runnable signedOut) {
        this.stage = stage;
        this.startup = startup;
        this.exit = exit;
        this.signedIn = signedIn;
        this.signedOut = signedOut;
    }

    void showLogin() {
        LoginViewModel viewModel = new LoginViewModel(
                startup.started().thenApply(s -> new LoginViewModel.Backend(s.admin().accounts(), s.admin().loginHint())),
                new FxTaskRunner(startup.loginTasks()), startup.messages(), user -> showMain());
        FxmlLoaderFactory loaders = new FxmlLoaderFactory(startup.messages(),
                Map.of(LoginView.class, () -> new LoginView(viewModel)));
        Parent root = loaders.load(FxmlView.LOGIN);
        MainWindow.applyTheme(startup.theme());
        stage.titleProperty().unbind();
        stage.setTitle(startup.messages().get("login.window.title"));
        stage.setOnHiding(null);
        boolean first = stage.getScene() == null;
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // A first window leaves room on the screen for its title bar and borders.
        double width = Math.min(FIRST_WIDTH, screen.getWidth() * 0.9);
        double height = Math.min(FIRST_HEIGHT, screen.getHeight() * 0.9);
        if (first) {
            Scene scene = new Scene(root, width, height);
            scene.getStylesheets().add(STYLES);
            stage.setScene(scene);
        } else {
            // Back from a signed-in window, the sign-in screen goes into the window's scene, which has the
            // window's size whatever it is (maximized, say). A new scene came out at its content's or the old
            // scene's last size: under a window manager it covered part of a maximized window and the
            // signed-out desk stayed painted beside it (MaximizedWindowDesktopTest). What the desk put on the
            // scene follows its nodes out (shortcuts) or was the desk's own window (MainWindow closed it).
            stage.getScene().setRoot(root);
        }
        stage.show();
        if (first) {
            ShownSize.hold(stage, Double.NaN, Double.NaN, width, height);
        }
    }

    private void showMain() {
        ConsoleStartup.Started running = startup.running();
        window = new MainWindow(stage, new UiComposition(running.runtime(), running.admin()).mainWindowParts(exit, this::signOut));
        window.show();
        signedIn.run();
    }

    private void signOut() {
        signedOut.run();
        close();
        startup.running().admin().accounts().signOut();
        showLogin();
    }

    /** Closes the main window if one is open (saving its place); safe to call twice. */
    void close() {
        if (window != null) {
            window.close();
            window = null;
        }
    }
}
