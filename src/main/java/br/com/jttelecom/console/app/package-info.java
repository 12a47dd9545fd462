/**
 * The composition root: {@code Main} reads the command line and starts the console in the mode asked for. Its
 * parts depend on each other without cycles: {@code config} and {@code demo} stand alone, {@code wiring} builds
 * the console from them, {@code launch} starts it (window, headless, self-test, backup and restore).
 */
package br.com.jttelecom.console.app;
