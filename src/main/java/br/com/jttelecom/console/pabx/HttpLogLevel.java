package br.com.jttelecom.console.pabx;

/** How much of each HTTP exchange is logged (at DEBUG); secrets are always redacted. */
public enum HttpLogLevel { NONE, BASIC, HEADERS, BODY }
