package br.com.jttelecom.console.ui.fx;

import br.com.jttelecom.console.i18n.Messages;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Loads FXML with the console's texts and with controllers built by the composition root
 * (constructor injection), never by FXMLLoader's reflection on a no-arg constructor.
 */
public final class FxmlLoaderFactory {

    private final Messages messages;
    private final Map<Class<?>, Supplier<?>> controllers;

    public FxmlLoaderFactory(Messages messages, Map<Class<?>, Supplier<?>> controllers) {
        this.messages = messages;
        this.controllers = Map.copyOf(controllers);
    }

    public Parent load(FxmlView view) {
        return load(view, Object.class).root();
    }

    /** A loaded view with its controller, for the composition root to reach the view it built. */
    public record Loaded<C>(Parent root, C controller) {
    }

    public <C> Loaded<C> load(FxmlView view, Class<C> controllerType) {
        URL url = FxmlLoaderFactory.class.getResource(view.path());
        if (url == null) {
            throw new IllegalStateException("FXML not found: " + view.path());
        }
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setControllerFactory(type -> {
            Supplier<?> supplier = controllers.get(type);
            if (supplier == null) {
                throw new IllegalStateException("No controller registered for " + type.getName());
            }
            return supplier.get();
        });
        try {
            Parent root = loader.load();
            EmptyPlaceholders.fillIn(root, () -> new javafx.scene.control.Label(messages.get("table.empty")));
            return new Loaded<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + view.path(), e);
        }
    }
}
