/**
 * Configurações: the admin's PBX settings and their validation, the values applied while the console runs, and each
 * person's own preferences.
 */
package br.com.jttelecom.console.service.settings;
