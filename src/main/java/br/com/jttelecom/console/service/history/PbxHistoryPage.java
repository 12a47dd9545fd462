package br.com.jttelecom.console.service.history;

import br.com.jttelecom.console.model.Call;

import java.util.List;

/**
 * One page of the PBX's own history answer.
 *
 * @param index   0 for the first page
 * @param calls   the page's calls that pass the filter
 * @param total   how many records the PBX reported for the current window ({@code qtd_total_resultados})
 * @param hasMore whether the PBX has another page
 */
public record PbxHistoryPage(int index, List<Call> calls, long total, boolean hasMore) {

    public PbxHistoryPage {
        calls = List.copyOf(calls);
    }
}
