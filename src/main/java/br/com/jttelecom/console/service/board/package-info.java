/**
 * The supervisors' live board of operators and calls in progress, with its settings.
 */
package br.com.jttelecom.console.service.board;
