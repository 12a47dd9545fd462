package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.ui.fx.FxmlView;
import br.com.jttelecom.console.ui.shell.NavPage;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one feature adds to the main window: the controllers its FXML asks for, the pages it shows in the
 * navigation, and how to undo what it registered on services that outlive the window (closed at sign-out, so the
 * next person's window does not hear the last one's listeners).
 */
record FeatureParts(Map<Class<?>, Supplier<?>> controllers, Map<NavPage, FxmlView> pages, Runnable undo)
        implements AutoCloseable {

    static final FeatureParts NONE = new FeatureParts(Map.of(), Map.of(), () -> { });

    FeatureParts {
        controllers = Map.copyOf(controllers);
        pages = Map.copyOf(pages);
    }

    static Builder builder() {
        return new Builder();
    }

    @Override
    public void close() {
        undo.run();
    }

    /** Collects a feature's parts as its composition builds them. */
    static final class Builder {
        private final Map<Class<?>, Supplier<?>> controllers = new HashMap<>();
        private final Map<NavPage, FxmlView> pages = new HashMap<>();

        <T> Builder controller(Class<T> type, Supplier<? extends T> build) {
            controllers.put(type, build);
            return this;
        }

        Builder page(NavPage page, FxmlView view) {
            pages.put(page, view);
            return this;
        }

        FeatureParts build() {
            return build(() -> { });
        }

        FeatureParts build(Runnable undo) {
            return new FeatureParts(controllers, pages, undo);
        }
    }
}
