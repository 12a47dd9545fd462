/**
 * Brazilian phone numbers on libphonenumber: parse what people and the PBX write, validate,
 * E.164, the display format, and the dial string the PBX wants, all driven by a {@link
 * br.com.jttelecom.console.phone.DialPlan}.
 *
 * <p>May use {@code model} and {@code i18n} only: no JavaFX, no PBX client, no store.
 */
package br.com.jttelecom.console.phone;
