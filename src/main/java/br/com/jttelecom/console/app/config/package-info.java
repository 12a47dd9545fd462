/**
 * How the console is configured: the command-line options, the settings and token read from the environment and
 * the data folder, where that folder is on each system, the first admin's file and the version.
 */
package br.com.jttelecom.console.app.config;
