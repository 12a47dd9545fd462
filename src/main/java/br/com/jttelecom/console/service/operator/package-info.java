/**
 * The agent as queue operator at the PBX: login, pause and unpause, auto-pause after missed rings, pause reasons,
 * and the actions done for an agent through the local API.
 */
package br.com.jttelecom.console.service.operator;
