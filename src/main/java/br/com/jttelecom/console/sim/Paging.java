package br.com.jttelecom.console.sim;

/** {@code pos_registro_inicial} (0-based) and {@code quantidade} (default 20, at most 1000). */
record Paging(long offset, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 1000;

    static Paging of(SimRequest req) {
        int offset = req.integer("pos_registro_inicial", 0);
        int size = req.integer("quantidade", DEFAULT_SIZE);
        if (size == 0) {
            size = DEFAULT_SIZE;
        }
        // The real server caps the page instead of refusing a large one.
        return new Paging(offset, Math.min(size, MAX_SIZE));
    }
}
