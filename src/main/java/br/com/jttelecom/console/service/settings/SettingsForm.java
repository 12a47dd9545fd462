package br.com.jttelecom.console.service.settings;

import br.com.jttelecom.console.service.sync.SyncTuning;

/**
 * The Configurações form as typed. {@code token} empty means "keep the stored one"; it is never
 * printed ({@link #toString()} masks it) and never read back into the form.
 *
 * @param callsPollSeconds   how often the calls in progress are asked for (1–60 s)
 * @param historySyncMinutes how often the PBX's history is copied (1–1440 min)
 * @param historyTrailingHours hours each sync re-reads for calls written late (see {@link SyncTuning})
 * @param historyReconcileDays last days compared with the PBX's totals once a day (0 = never)
 * @param historyInFlight    history requests sent at once
 * @param longDistancePrefix {@code 0}, or {@code 0} + a carrier code ({@code 021})
 * @param internationalPrefix {@code 00}, or {@code 00} + a carrier code
 */
public record SettingsForm(String baseUrl, String user, String token, String requestsPerSecond, String callsPollSeconds,
                           String historySyncMinutes, String historyTrailingHours, String historyReconcileDays,
                           String historyInFlight, String localDdd, boolean keepDddOnLocalCalls,
                           String longDistancePrefix, String internationalPrefix, String language, String theme) {

    public boolean hasNewToken() {
        return token != null && !token.isBlank();
    }

    @Override
    public String toString() {
        return "SettingsForm[baseUrl=" + baseUrl + ", user=" + user + ", token=" + (hasNewToken() ? "***" : "")
                + ", rps=" + requestsPerSecond + ", ddd=" + localDdd + "]";
    }
}
