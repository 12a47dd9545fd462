/**
 * Starts and stops the console: the JavaFX application and its sign-in flow, headless mode, the self-test, backup
 * and restore, one instance per data folder and the {@code tel:} and {@code callto:} links handed to it.
 */
package br.com.jttelecom.console.app.launch;
