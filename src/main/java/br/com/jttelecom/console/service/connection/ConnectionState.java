package br.com.jttelecom.console.service.connection;

/** What the status bar says about the PBX. */
public enum ConnectionState {
    /** No check has finished yet. */
    CHECKING,
    /** Talking to a real PBX, last check succeeded. */
    ONLINE,
    /** Talking to the embedded simulator, last check succeeded. */
    DEMO,
    /** The last check failed: the PBX is down, unreachable or refused us. */
    OFFLINE
}
