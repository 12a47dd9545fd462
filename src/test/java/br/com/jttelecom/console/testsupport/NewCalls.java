package br.com.jttelecom.console.testsupport;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import java.time.Instant;

/** Calls for tests to store, as the console stores them when a dial starts. */
public final class NewCalls {

    private NewCalls() {
    }

    /** An outbound call just dialled: in progress, no lead, no PBX id yet. */
    public static Call outbound(Long userId, String e164, String extension, Instant at) {
        return new Call(null, null, null, userId, e164, Direction.OUTBOUND, null, CallStatus.IN_PROGRESS,
                at, null, null, null, null, extension, null, null, null, null, null, null, null, null, null);
    }
}
