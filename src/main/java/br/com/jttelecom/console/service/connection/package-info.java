/**
 * Whether the PBX can be reached, checked on a schedule and on demand, and the Diagnóstico figures.
 */
package br.com.jttelecom.console.service.connection;
