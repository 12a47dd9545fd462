package br.com.jttelecom.console.model;

import java.util.Locale;

/** Where a lead stands in the sales funnel; stored by {@link #code()}. */
public enum LeadStage {
    NEW, CONTACTED, QUALIFIED, PROPOSAL, WON, LOST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stage of a stored code; unknown or empty codes read as {@link #NEW} so an old row still shows. */
    public static LeadStage fromCode(String code) {
        if (code == null || code.isBlank()) {
            return NEW;
        }
        for (LeadStage s : values()) {
            if (s.code().equalsIgnoreCase(code.trim())) {
                return s;
            }
        }
        return NEW;
    }
}
