package br.com.jttelecom.console.ui.call;

import br.com.jttelecom.console.service.calls.CallPhase;
import br.com.jttelecom.console.service.calls.DialResult;
import br.com.jttelecom.console.service.calls.TrackedCall;

/**
 * The dial whose answer from the PBX was lost, while the panel warns about it. Once the tracker sees that call
 * on the PBX (ringing, talking, or ended with a status other than failed) the warning is wrong and goes.
 */
final class LostDialWarning {

    private Long callId;

    /** Remembers the call of an unconfirmed dial; any other dial result ends the previous warning. */
    void dialed(DialResult r) {
        callId = r.kind() == DialResult.Kind.UNCONFIRMED ? r.callId() : null;
    }

    /** Whether {@code call} is the lost dial, now found on the PBX: true once, then the warning is gone. */
    boolean foundOnThePbx(TrackedCall call) {
        if (callId == null || callId != call.callId() || call.phase() == CallPhase.DIALING) {
            return false;
        }
        boolean failed = call.phase() == CallPhase.FINAL && call.finalStatus() == br.com.jttelecom.console.model.CallStatus.FAILED;
        callId = null;
        return !failed;
    }
}
