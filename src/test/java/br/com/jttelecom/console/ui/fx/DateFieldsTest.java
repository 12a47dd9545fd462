package br.com.jttelecom.console.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Seen with the system locale C.UTF-8: the callback date "11/12/2026" was taken as 12 November. */
class DateFieldsTest {

    private Locale system;

    @BeforeEach
    void englishSystem() throws Exception {
        system = Locale.getDefault();
        Locale.setDefault(Locale.US);
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(system);
    }

    @Test
    void aDateIsReadAndShownDayFirstWhateverTheSystemLocale() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            DatePicker picker = new DatePicker();
            DateFields.dayMonthYear(picker);

            assertThat(picker.getConverter().fromString("11/12/2026")).isEqualTo(LocalDate.of(2026, 12, 11));
            assertThat(picker.getConverter().fromString("1/2/26")).isEqualTo(LocalDate.of(2026, 2, 1));
            assertThat(picker.getConverter().toString(LocalDate.of(2026, 12, 11))).isEqualTo("11/12/2026");

            picker.setValue(LocalDate.of(2026, 12, 11));
            assertThat(picker.getConverter().fromString("31/02/2026")).as("not a date: the field keeps its own")
                    .isEqualTo(LocalDate.of(2026, 12, 11));
        }).get();
    }
}
