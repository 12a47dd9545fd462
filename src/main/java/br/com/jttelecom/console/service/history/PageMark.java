package br.com.jttelecom.console.service.history;

import br.com.jttelecom.console.store.calls.PageCursor;

/** Where a history page ended, opaque to the screen (the store's cursor stays below the service). */
public final class PageMark {

    final PageCursor cursor;

    PageMark(PageCursor cursor) {
        this.cursor = cursor;
    }
}
