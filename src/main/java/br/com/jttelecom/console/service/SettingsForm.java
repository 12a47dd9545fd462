package br.com.jttelecom.console.service;

/**
 * The Configurações form as typed. {@code token} empty means "keep the stored one"; it is never
 * printed ({@link #toString()} masks it) and never read back into the form.
 */
public record SettingsForm(String baseUrl, String user, String token, String requestsPerSecond, String pollSeconds,
                           String localDdd, String dialPrefix, String language, String theme) {

    public boolean hasNewToken() {
        return token != null && !token.isBlank();
    }

    @Override
    public String toString() {
        return "SettingsForm[baseUrl=" + baseUrl + ", user=" + user + ", token=" + (hasNewToken() ? "***" : "")
                + ", rps=" + requestsPerSecond + "]";
    }
}
