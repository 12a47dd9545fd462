package br.com.jttelecom.console.sim;

/**
 * A demo lead for the console to import.
 *
 * @param phone national format, e.g. {@code (11) 98765-4321}
 * @param city  the city of the phone's DDD
 */
public record DemoLead(String name, String company, String phone, String email, String city) {

    /** DDD + number, digits only ({@code 11987654321}), as the PBX shows an inbound caller. */
    public String digits() {
        return phone.replaceAll("\\D", "");
    }
}
