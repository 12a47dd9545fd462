package br.com.jttelecom.console.service.accounts;

/** The demo accounts' passwords: public by design, shown on the login screen in demo mode only. */
public final class DemoAccounts {

    public static final String AGENT = "agente123";
    public static final String SUPERVISOR = "supervisor123";
    public static final String ADMIN = "admin123";

    private DemoAccounts() {
    }
}
