/**
 * Brings the PBX's call history into the local store in steps: the plan of windows, the run, its cursor, pages,
 * reconciliation, progress and status, odd records and stored-number repairs.
 */
package br.com.jttelecom.console.service.sync;
