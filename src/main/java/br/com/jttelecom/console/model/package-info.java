/**
 * Plain records and enums shared by every layer: no I/O, no JavaFX.
 */
package br.com.jttelecom.console.model;
