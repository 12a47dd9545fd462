package br.com.jttelecom.console.pabx;

/** Told whenever the PBX circuit changes state (called on the thread that made the call: hand off to the UI thread). */
@FunctionalInterface
public interface CircuitListener {

    void onStateChange(CircuitState from, CircuitState to);
}
