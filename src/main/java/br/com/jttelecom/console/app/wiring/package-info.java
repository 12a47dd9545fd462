/**
 * Builds the running console: the store, the PBX client and the services once ({@code ConsoleRuntime}), then
 * per feature the view-models and pages for the window and the routes for the local API.
 */
package br.com.jttelecom.console.app.wiring;
