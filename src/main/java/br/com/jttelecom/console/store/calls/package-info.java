/**
 * The stored calls: single rows, bulk upserts from the history sync, pages and counts for a filter, the links to
 * leads and users, the call events and the figures the stats read. H2 or PostgreSQL through JDBI, as the rest of
 * the store; shares the root's {@code Database}.
 */
package br.com.jttelecom.console.store.calls;
