/**
 * Leads: save with validation, search, lead cards, CSV import, who created and changed them, and giving calls their
 * lead.
 */
package br.com.jttelecom.console.service.leads;
