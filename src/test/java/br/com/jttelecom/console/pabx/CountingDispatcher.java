package br.com.jttelecom.console.pabx;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** Answers every request with the same (switchable) response and records when each arrived. */
final class CountingDispatcher extends Dispatcher {

    final List<Long> arrivalsNanos = new CopyOnWriteArrayList<>();
    final List<String> paths = new CopyOnWriteArrayList<>();
    private volatile MockResponse response;
    private volatile Function<RecordedRequest, MockResponse> byRequest;

    CountingDispatcher(MockResponse response) {
        this.response = response;
    }

    void answer(MockResponse r) {
        this.response = r;
        this.byRequest = null;
    }

    void answer(Function<RecordedRequest, MockResponse> f) {
        this.byRequest = f;
    }

    int count() {
        return arrivalsNanos.size();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        arrivalsNanos.add(System.nanoTime());
        paths.add(request.getUrl().encodedPath());
        Function<RecordedRequest, MockResponse> f = byRequest;
        return f != null ? f.apply(request) : response;
    }

    @Override
    public MockResponse peek() {
        return response; // socket effects are decided from peek(), before dispatch
    }
}
