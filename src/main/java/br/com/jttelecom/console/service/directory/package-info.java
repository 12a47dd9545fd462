/**
 * The PBX's extensions, DIDs and people, and which console user each one is linked to.
 */
package br.com.jttelecom.console.service.directory;
