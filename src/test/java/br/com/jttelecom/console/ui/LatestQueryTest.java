package br.com.jttelecom.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A new question cancels every task of the one before (its page and its count), and only those. */
class LatestQueryTest {

    private final List<String> cancelled = new ArrayList<>();
    private final LatestQuery query = new LatestQuery();

    private TaskRunner.Running task(String name) {
        return () -> cancelled.add(name);
    }

    @Test
    void theNextQuestionCancelsTheTasksOfTheOneBefore() {
        query.next();
        query.add(task("page 1"));
        query.add(task("count"));
        assertThat(cancelled).isEmpty();

        query.next();
        assertThat(cancelled).containsExactly("page 1", "count");

        query.add(task("page 2"));
        query.next();
        assertThat(cancelled).containsExactly("page 1", "count", "page 2");
    }
}
