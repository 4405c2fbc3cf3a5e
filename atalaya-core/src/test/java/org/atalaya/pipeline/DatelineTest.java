package org.atalaya.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.atalaya.model.Article;
import org.atalaya.model.EventRecord;
import org.atalaya.model.Language;
import org.junit.jupiter.api.Test;

/** Wire copy: an event whose sentence names no place is placed at the dateline. */
class DatelineTest {
    @Test
    void eventWithoutAPlaceInItsSentenceIsPlacedAtTheDateline() {
        Article a = Article.of("wire", "BOGOTÁ, 12 jun (AFP) - El gobierno de Colombia criticó a Venezuela por el cierre de la frontera.")
                .withPublished(LocalDate.of(2024, 6, 12)).withLanguage(Language.ES);
        List<EventRecord> events = SharedPipeline.get().code(a).events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).location()).hasValueSatisfying(l -> {
            assertThat(l.name()).isEqualTo("BOGOTÁ");
            assertThat(l.country()).contains("COL");
            assertThat(l.lat()).isPresent();
            assertThat(l.basis()).isEqualTo("dateline");
        });
    }
}
