/**
 * Where the PBX token and other secrets live: the operating system's keyring when there is one, else an
 * owner-only file in the data folder; never in the database or the logs.
 */
package br.com.jttelecom.console.store.secrets;
