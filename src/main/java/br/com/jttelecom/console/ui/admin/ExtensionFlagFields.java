package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.service.directory.ExtensionFlags;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** The extension form's check boxes, one property per PBX flag. */
public final class ExtensionFlagFields {

    private final BooleanProperty pickUpCalls = new SimpleBooleanProperty();
    private final BooleanProperty timers = new SimpleBooleanProperty();
    private final BooleanProperty blf = new SimpleBooleanProperty();
    private final BooleanProperty listenIn = new SimpleBooleanProperty();
    private final BooleanProperty recordsCalls = new SimpleBooleanProperty();
    private final BooleanProperty blocked = new SimpleBooleanProperty();
    private final BooleanProperty twoFactor = new SimpleBooleanProperty();
    private final BooleanProperty voicemail = new SimpleBooleanProperty();

    public BooleanProperty pickUpCallsProperty() { return pickUpCalls; }
    public BooleanProperty timersProperty() { return timers; }
    public BooleanProperty blfProperty() { return blf; }
    public BooleanProperty listenInProperty() { return listenIn; }
    public BooleanProperty recordsCallsProperty() { return recordsCalls; }
    public BooleanProperty blockedProperty() { return blocked; }
    public BooleanProperty twoFactorProperty() { return twoFactor; }
    public BooleanProperty voicemailProperty() { return voicemail; }

    ExtensionFlags toFlags() {
        return new ExtensionFlags(pickUpCalls.get(), timers.get(), blf.get(), listenIn.get(), recordsCalls.get(),
                blocked.get(), twoFactor.get(), voicemail.get());
    }

    void fill(ExtensionFlags f) {
        ExtensionFlags v = f == null ? ExtensionFlags.of(false, false) : f;
        pickUpCalls.set(v.pickUpCalls());
        timers.set(v.timers());
        blf.set(v.blf());
        listenIn.set(v.listenIn());
        recordsCalls.set(v.recordsCalls());
        blocked.set(v.blocked());
        twoFactor.set(v.twoFactor());
        voicemail.set(v.voicemail());
    }
}
