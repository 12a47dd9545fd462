package br.com.jttelecom.console.model;

/** Console account roles: what a person may see and change is decided by the services from this. */
public enum Role {
    AGENT,
    SUPERVISOR,
    ADMIN
}
