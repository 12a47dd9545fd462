/**
 * The call in progress: tracking, click-to-call and dial requests, inbound rings and their outcomes, PBX webhooks,
 * call notes, dispositions and callbacks, and who the agent is at the PBX.
 */
package br.com.jttelecom.console.service.calls;
