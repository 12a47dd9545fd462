package br.com.jttelecom.console.model;

/** Who started the call, seen from the company: the PBX has no such field, it is derived. */
public enum Direction {
    INBOUND("inbound"),
    OUTBOUND("outbound"),
    INTERNAL("internal");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Direction fromCode(String code) {
        for (Direction d : values()) {
            if (d.code.equalsIgnoreCase(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown direction: " + code);
    }
}
