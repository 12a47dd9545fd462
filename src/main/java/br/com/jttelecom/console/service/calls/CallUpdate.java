package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.model.Call;

/**
 * One input to the {@link CallTracker}: from a poll, a history record or (later) a webhook.
 *
 * @param callId the console's call id
 * @param phase  the phase the source says the call is in
 * @param report the PBX's record when the source had one (final status, duration, recording …), else null
 * @param source {@code poll}, {@code history}, {@code webhook}, … (kept in the event data)
 */
public record CallUpdate(long callId, CallPhase phase, Call report, String source) {
}
