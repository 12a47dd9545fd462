/**
 * Supervisors' stats: cards, charts, periods, scope, and their CSV export.
 */
package br.com.jttelecom.console.service.stats;
