package br.com.jttelecom.console.service;

import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxException;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.phone.DialPlan;

import java.util.Objects;

/** Checks a Configurações form field by field, each wrong one with its own pt-BR sentence, before anything is written. */
final class SettingsValidation {

    /** The form's values, parsed and in range. */
    record Valid(String baseUrl, int requestsPerSecond, int callsPollSeconds, int historySyncMinutes, DialPlan dialPlan) {
    }

    private SettingsValidation() {
    }

    /** @throws InvalidInput for the first wrong field */
    static Valid check(SettingsForm form) {
        String url = form.baseUrl() == null ? "" : form.baseUrl().trim();
        // The client's own URL rules (https, or http on loopback only) apply when it is built.
        try (PabxClient probe = new PabxClient(PabxSettings.of(url, "u", "t"))) {
            Objects.requireNonNull(probe);
        } catch (PabxException e) {
            throw new InvalidInput(e.getMessage());
        }
        int rps = rps(form);
        int poll = intIn(form.callsPollSeconds(), 1, 60,
                "A consulta das chamadas em andamento deve ser de 1 a 60 segundos.");
        int sync = intIn(form.historySyncMinutes(), 1, 1440,
                "A sincronização do histórico deve ser de 1 a 1440 minutos.");
        return new Valid(url, rps, poll, sync, dialPlan(form));
    }

    static int rps(SettingsForm form) {
        return intIn(form.requestsPerSecond(), 1, 50, "O limite de requisições deve ser de 1 a 50 por segundo.");
    }

    private static DialPlan dialPlan(SettingsForm form) {
        String ddd = trim(form.localDdd());
        String longDistance = trim(form.longDistancePrefix());
        String international = trim(form.internationalPrefix());
        if (!longDistance.matches("0([1-9]\\d)?")) {
            throw new InvalidInput("O prefixo de longa distância deve ser 0, ou 0 seguido do código da operadora (ex.: 021).");
        }
        if (!international.matches("00([1-9]\\d)?")) {
            throw new InvalidInput("O prefixo internacional deve ser 00, ou 00 seguido do código da operadora (ex.: 0021).");
        }
        try {
            return new DialPlan(ddd, form.keepDddOnLocalCalls(), longDistance, international);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("O DDD local deve ser um DDD brasileiro com 2 dígitos (ex.: 11, 48).");
        }
    }

    private static int intIn(String text, int min, int max, String message) {
        try {
            int v = Integer.parseInt(text == null ? "" : text.trim());
            if (v < min || v > max) {
                throw new InvalidInput(message);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidInput(message);
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
