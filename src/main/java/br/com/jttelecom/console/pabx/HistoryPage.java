package br.com.jttelecom.console.pabx;

import br.com.jttelecom.console.pabx.wire.HistoryRecord;
import java.time.LocalDate;
import java.util.List;

/** One page of history as the PBX returned it, with where it sits in its window. */
public record HistoryPage(LocalDate windowFrom, LocalDate windowTo, long offset, long total,
                          List<HistoryRecord> records) {
}
