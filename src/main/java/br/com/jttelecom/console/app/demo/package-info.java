/**
 * Demo mode: the simulated PBX on a local port, the demo data seeded into a fresh store, and the stand-alone
 * simulator for trying the console without an account.
 */
package br.com.jttelecom.console.app.demo;
