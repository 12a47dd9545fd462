/**
 * Console users: sign-in and who is signed in, roles and permissions, whose activity one may see, and the audit
 * trail.
 */
package br.com.jttelecom.console.service.accounts;
