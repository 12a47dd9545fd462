package br.com.jttelecom.console.model;

/** A row of the leads table: the lead and its owner's display name ({@code null} when none). */
public record LeadSummary(Lead lead, String ownerName) {
}
