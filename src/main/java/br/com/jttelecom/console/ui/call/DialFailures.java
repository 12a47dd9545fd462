package br.com.jttelecom.console.ui.call;

import br.com.jttelecom.console.service.calls.DialResult;
import java.util.Optional;

/**
 * Which dial results are a failure worth a notification: the PBX refused the dial or did not confirm it.
 * A number the console itself rejected, or a second click while dialling, is said next to the field only.
 */
final class DialFailures {

    private DialFailures() {
    }

    static Optional<String> sentence(DialResult r) {
        boolean failed = r.kind() == DialResult.Kind.FAILED || r.kind() == DialResult.Kind.UNCONFIRMED;
        return failed && r.message() != null && !r.message().isBlank() ? Optional.of(r.message()) : Optional.empty();
    }
}
