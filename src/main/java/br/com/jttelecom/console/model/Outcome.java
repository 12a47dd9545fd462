package br.com.jttelecom.console.model;

/** The call outcome the agent picks, as the PBX's {@code status_ocorrencia} codes it (assumed: 1, 2, 3). */
public enum Outcome {
    PRODUCTIVE(1),
    UNPRODUCTIVE(2),
    SCHEDULED(3);

    private final int pbxCode;

    Outcome(int pbxCode) {
        this.pbxCode = pbxCode;
    }

    public int pbxCode() {
        return pbxCode;
    }

    /** @return the outcome for a PBX code, or {@code null} when the code is unknown or absent. */
    public static Outcome fromPbxCode(int code) {
        for (Outcome o : values()) {
            if (o.pbxCode == code) {
                return o;
            }
        }
        return null;
    }
}
