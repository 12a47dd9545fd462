/**
 * The stored call history: pages, filters, CSV export, recordings, the PBX's own records ("Direto do PABX"), and
 * the calls that matched no lead.
 */
package br.com.jttelecom.console.service.history;
