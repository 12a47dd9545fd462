package br.com.jttelecom.console.pabx;

/** The PBX circuit as the status bar shows it: working, considered down, or being probed. */
public enum CircuitState {
    CLOSED,
    OPEN,
    HALF_OPEN
}
