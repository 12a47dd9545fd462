package br.com.jttelecom.console.sim;

/**
 * The ways a real PBX may answer {@code listar_historico_chamada} differently from the simulator's
 * default, each one a named option that is off unless asked for ({@link SimulatorBuilder#behaviour},
 * {@link SimulatorBuilder#allBehaviours()}, or at run time {@link PbxSimulator#behaviours()}).
 * They exist because servers of the same platform disagree on these points and no document settles them
 * (see "Things that differ between servers" in the PBX spec): a history client must cope with every one
 * of them, alone and all together.
 */
public enum HistoryBehaviour {

    /**
     * A missing {@code hora_inicial} or {@code hora_final} is read as 00:00. A query without
     * {@code hora_final} then ends at 00:00:59 of {@code data_final}, losing almost all of that day.
     * Default: a missing {@code hora_final} is 23:59.
     */
    MISSING_HOUR_IS_MIDNIGHT,

    /**
     * A customer number with the same DDD as the extension involved (its {@code codigo_area}; the DID's
     * DDD for a queue call nobody took) comes without that DDD, 8 or 9 digits: outbound in {@code destino},
     * inbound in {@code origem} ({@code 99123456 (DID: …)}). Other DDDs: outbound {@code 0}+DDD+number,
     * inbound DDD+number. History seeded while this is on draws about half of its numbers from the
     * extension's own DDD, so the difference matters. Default: outbound {@code destino} as dialled
     * (seeded history dials DDD-48 numbers without the DDD), inbound always DDD+number.
     */
    LOCAL_NUMBERS_WITHOUT_DDD,

    /**
     * History seeded or added while this is on follows the rule dialled calls always follow: a record
     * becomes visible only once its call has ended plus the indexing delay, and carries its start time
     * in {@code data}. Records whose end is after the clock's now stay hidden until the clock passes it,
     * and 5 % of the answered calls last 20–40 minutes, so a long call that started before shorter ones
     * appears in the history after them. Default: seeded history is visible at once.
     */
    LATE_CDRS,

    /**
     * While a client pages one window (the same dates, hours and filters), every second request of that
     * window with {@code pos_registro_inicial} &gt; 0 first inserts 1–3 new records into it at positions
     * before the requested offset (start times earlier than records already served): the offsets shift
     * and {@code qtd_total_resultados} grows between pages. At most two such insertions per window (a real
     * server writes a finite number of late calls). Deterministic for the seed.
     */
    ROWS_INSERTED_WHILE_PAGING,

    /**
     * {@code qtd_total_resultados} counts one record more than the window lists, on every window that lists
     * any: the server's count and its listing disagree (a call still being written is counted but not listed
     * yet, for good). No client can make such a history exact; it must say so instead of calling it complete.
     * Not among {@link #withExactHistory()}.
     */
    TOTAL_COUNTS_UNLISTED,

    /**
     * Inbound numbers come formatted on three records out of four, rotating by record:
     * {@code (11) 98765-4321}, {@code 11 98765-4321}, {@code +55 11 98765-4321}, then plain digits.
     * A number without its DDD is formatted {@code 98765-4321}.
     */
    FORMATTED_NUMBERS,

    /** {@code status} as text: {@code ATENDIDA}, {@code NÃO ATENDIDA}, {@code OCUPADO}, {@code FALHA}. */
    STATUS_AS_TEXT,

    /** {@code status} as a JSON integer ({@code 1}, {@code 0}, {@code 486}, {@code 2}). */
    STATUS_AS_INT,

    /**
     * {@code status} rotating by record between text, a JSON integer and a numeric string, as seen on one
     * server. Wins over {@link #STATUS_AS_TEXT} and {@link #STATUS_AS_INT}; text wins over integer.
     * Default (none of the three): a numeric string ({@code "1"}).
     */
    STATUS_MIXED;

    /**
     * Every behaviour a client can still get the exact history from, alone or all together: all but
     * {@link #TOTAL_COUNTS_UNLISTED}, whose server contradicts itself.
     */
    public static java.util.Set<HistoryBehaviour> withExactHistory() {
        return java.util.EnumSet.complementOf(java.util.EnumSet.of(TOTAL_COUNTS_UNLISTED));
    }
}
