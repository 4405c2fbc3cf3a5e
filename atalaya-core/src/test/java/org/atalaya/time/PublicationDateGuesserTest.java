package org.atalaya.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.atalaya.model.Language;
import org.junit.jupiter.api.Test;

class PublicationDateGuesserTest {
    private final PublicationDateGuesser guesser = new PublicationDateGuesser();

    @Test
    void seedGivesTheLatestDayWithTheLatestYear() throws IOException {
        // "el 14 de mayo", "el 12 de mayo" take 2021 from "11 de enero de 2021"; "de 1997" is ignored.
        assertThat(guesser.guess(TemporalTaggerTest.seed(), Language.ES)).contains(LocalDate.of(2021, 5, 14));
    }

    @Test
    void noYearMeansNoGuess() {
        assertThat(guesser.guess("El 14 de mayo el ministro viajó a Moscú. Ayer volvió.", Language.ES)).isEmpty();
        assertThat(guesser.guess("Sin fechas.", Language.ES)).isEmpty();
    }

    @Test
    void aYearWithoutAnyDayGivesNoGuess() {
        assertThat(guesser.guess("En 2020 hubo elecciones.", Language.ES)).isEmpty();
    }

    @Test
    void aLoneYearIsUsedOnlyWhenNoDayOrMonthCarriesOne() {
        assertThat(guesser.guess("El 3 de marzo, un año después del tratado de 2019, hubo protestas.", Language.ES))
                .contains(LocalDate.of(2019, 3, 3));
        assertThat(guesser.guess("On March 3 the officials met; the 2030 target (set in May 2020) stands. The plan for 2030.",
                Language.EN)).contains(LocalDate.of(2020, 3, 3));
    }

    @Test
    void announcedDatesDoNotCount() {
        assertThat(guesser.guess("El 12 de mayo de 2021 se firmó la tregua; la cumbre será el próximo 20 de mayo.",
                Language.ES)).contains(LocalDate.of(2021, 5, 12));
    }

    @Test
    void englishDates() {
        assertThat(guesser.guess("On May 12 troops advanced. The statements of November 9, 2020 and January 11, 2021 "
                + "were cited on May 14.", Language.EN)).contains(LocalDate.of(2021, 5, 14));
    }
}
