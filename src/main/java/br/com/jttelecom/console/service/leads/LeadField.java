package br.com.jttelecom.console.service.leads;

/** A field of the lead form that can be wrong. */
public enum LeadField {
    NAME, PHONES, EMAIL
}
