package br.com.jttelecom.console.service.directory;

import br.com.jttelecom.console.pabx.wire.DidData;
import br.com.jttelecom.console.service.InvalidInput;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What the admin typed for a DID — every field {@code inserir_did} / {@code alterar_did} take —
 * validated before anything is sent to the PBX. The registration password is write-only: empty keeps
 * the PBX's, and it is never printed, logged or audited.
 *
 * @param weekDays  the business-hours days, {@code 1}–{@code 7} separated by commas (1 = Monday, assumed)
 * @param holidays  the days the business hours do not apply, {@code dd/MM} separated by commas
 */
public record DidForm(String number, String pointsTo, String destination, boolean recordsCalls, String maxConcurrent,
                      boolean registration, String registrationDomain, String registrationUser,
                      String registrationPassword, boolean businessHours, String opensAt, String closesAt,
                      String weekDays, String holidays) {

    /** The kinds of destination the PBX routes a DID to. */
    public static final Set<String> KINDS = Set.of("ramal", "fila", "ura");

    /** Routing only (the local API's form): no registration, no business hours. */
    public DidForm(String number, String pointsTo, String destination, boolean recordsCalls, String maxConcurrent) {
        this(number, pointsTo, destination, recordsCalls, maxConcurrent, false, null, null, null, false, null, null,
                null, null);
    }

    /** @throws InvalidInput with a pt-BR sentence for the first wrong field */
    public DidData toData(boolean creating) {
        String n = text(number);
        if (!n.matches("[1-9]{2}\\d{8,9}")) {
            throw new InvalidInput("did.error.number");
        }
        if (pointsTo == null || !KINDS.contains(pointsTo)) {
            throw new InvalidInput("did.error.targetType");
        }
        String dest = text(destination);
        if (!dest.matches("\\d{1,8}")) {
            throw new InvalidInput("did.error.target");
        }
        Integer max = null;
        if (!text(maxConcurrent).isEmpty()) {
            if (!text(maxConcurrent).matches("\\d{1,3}") || Integer.parseInt(text(maxConcurrent)) == 0) {
                throw new InvalidInput("did.error.maxCalls");
            }
            max = Integer.parseInt(text(maxConcurrent));
        }
        checkRegistration(creating);
        List<String> days = businessHours ? checkHours() : null;
        List<String> off = businessHours ? checkHolidays() : null;
        String password = registration && registrationPassword != null && !registrationPassword.isEmpty()
                ? registrationPassword : null;
        return new DidData(null, n, pointsTo, dest, recordsCalls ? 1 : 0, max, registration ? 1 : 0,
                registration ? text(registrationDomain) : null, registration ? text(registrationUser) : null, password,
                businessHours ? 1 : 0, businessHours ? text(opensAt) : null, businessHours ? text(closesAt) : null,
                days, off);
    }

    /** The older name: a new DID. */
    public DidData toData() {
        return toData(true);
    }

    private void checkRegistration(boolean creating) {
        if (!registration) {
            return;
        }
        if (!text(registrationDomain).matches("[A-Za-z0-9.-]{3,253}")) {
            throw new InvalidInput("did.error.registerDomain");
        }
        if (text(registrationUser).isEmpty()) {
            throw new InvalidInput("did.error.registerUser");
        }
        if (creating && (registrationPassword == null || registrationPassword.isEmpty())) {
            throw new InvalidInput("did.error.registerPassword");
        }
    }

    private List<String> checkHours() {
        LocalTime open = time(opensAt, "did.error.opensAt");
        LocalTime close = time(closesAt, "did.error.closesAt");
        if (!open.isBefore(close)) {
            throw new InvalidInput("did.error.hoursOrder");
        }
        List<String> days = split(weekDays);
        if (days.isEmpty() || !days.stream().allMatch(d -> d.matches("[1-7]"))) {
            throw new InvalidInput("did.error.days");
        }
        return days.stream().distinct().sorted().toList();
    }

    private List<String> checkHolidays() {
        List<String> days = split(holidays);
        for (String d : days) {
            String[] dm = d.split("/");
            boolean valid = d.matches("\\d{2}/\\d{2}") && Integer.parseInt(dm[1]) >= 1 && Integer.parseInt(dm[1]) <= 12
                    && Integer.parseInt(dm[0]) >= 1
                    && Integer.parseInt(dm[0]) <= java.time.Month.of(Integer.parseInt(dm[1])).maxLength();
            if (!valid) {
                throw new InvalidInput("did.error.holiday", d);
            }
        }
        return days;
    }

    private static LocalTime time(String value, String messageKey) {
        try {
            if (!text(value).matches("\\d{2}:\\d{2}")) {
                throw new DateTimeParseException("", text(value), 0);
            }
            return LocalTime.parse(text(value));
        } catch (DateTimeParseException e) {
            throw new InvalidInput(messageKey);
        }
    }

    private static List<String> split(String s) {
        return Arrays.stream(text(s).split("[,;\\s]+")).filter(p -> !p.isEmpty()).toList();
    }

    private static String text(String s) {
        return s == null ? "" : s.trim();
    }

    /** Never prints the registration password. */
    @Override
    public String toString() {
        return "DidForm[number=" + number + ", pointsTo=" + pointsTo + ", destination=" + destination + "]";
    }
}
