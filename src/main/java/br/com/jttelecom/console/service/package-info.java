/**
 * The service layer: what the console does, checked for permission and written to the audit trail, for the
 * window and the local API alike. One sub-package per feature, depending on each other without cycles
 * ({@code accounts} at the base; {@code board} and {@code settings} at the top). The root holds only what every
 * feature shares: the input errors and the CSV helpers.
 */
package br.com.jttelecom.console.service;
