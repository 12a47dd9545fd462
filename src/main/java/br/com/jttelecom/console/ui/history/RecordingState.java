package br.com.jttelecom.console.ui.history;

/** Where the detail's recording is: none to fetch, downloading, ready to play, or unavailable (with a message). */
public enum RecordingState {
    NONE, LOADING, READY, FAILED
}
