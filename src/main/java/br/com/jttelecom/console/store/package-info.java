/**
 * The console's own data: H2 (or PostgreSQL) through JDBI, schema in Flyway migrations under
 * {@code src/main/resources/db/migration}, one repository per aggregate.
 *
 * <p>Knows nothing of the PBX or JavaFX: may use {@code model} and {@code i18n} only. Every value
 * reaches SQL through parameter binding; SQL text is built from fixed fragments only.
 */
package br.com.jttelecom.console.store;
