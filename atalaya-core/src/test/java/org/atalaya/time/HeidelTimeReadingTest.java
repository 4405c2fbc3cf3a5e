package org.atalaya.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.atalaya.model.Language;
import org.junit.jupiter.api.Test;

/** HeidelTime's values as the project reads them; the TIMEX3 are written by hand as HeidelTime gives them. */
class HeidelTimeReadingTest {
    private static final LocalDate DOC = LocalDate.of(2021, 5, 14); // a Friday
    private static final TemporalTagger TAGGER = new TemporalTagger(Language.ES);

    private static Optional<TimeMention> read(String sentence, String words, String type, String value, Tense tense) {
        int begin = sentence.indexOf(words);
        Timex t = new Timex(begin, begin + words.length(), words, type, value);
        return HeidelTimeReading.read(t, sentence, 100, DOC, Language.ES)
                .map(f -> TAGGER.resolve(f, DOC, Optional.empty(), tense));
    }

    @Test
    void aDateWithoutYearTakesItsYearFromTheTenseNotFromHeidelTimesGuess() {
        // HeidelTime, blind to tense, put this March in 2022 (STACK-NOTES §3)
        String s = "Hace dos semanas comenzó la ofensiva, y el 3 de marzo se firmó el acuerdo.";
        assertThat(read(s, "el 3 de marzo", "DATE", "2022-03-03", Tense.PAST)).get()
                .satisfies(m -> {
                    assertThat(m.date()).isEqualTo(LocalDate.of(2021, 3, 3));
                    assertThat(m.precision()).isEqualTo(Precision.DAY);
                    assertThat(m.kind()).isEqualTo(TimeKind.EXPLICIT);
                    assertThat(m.span().begin()).isEqualTo(100 + s.indexOf("el 3 de marzo"));
                });
        assertThat(read("Las elecciones serán el 3 de marzo.", "el 3 de marzo", "DATE", "2022-03-03", Tense.FUTURE))
                .get().extracting(TimeMention::date).isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(read("las protestas de julio pasado", "julio pasado", "DATE", "2020-07", Tense.FUTURE)).get()
                .satisfies(m -> {
                    assertThat(m.date()).isEqualTo(LocalDate.of(2020, 7, 1));
                    assertThat(m.precision()).isEqualTo(Precision.MONTH);
                });
    }

    @Test
    void aWrittenYearIsKept() {
        assertThat(read("fue asesinado en noviembre de 1995 por un extremista", "noviembre de 1995", "DATE", "1995-11",
                Tense.PAST)).get().satisfies(m -> {
                    assertThat(m.date()).isEqualTo(LocalDate.of(1995, 11, 1));
                    assertThat(m.precision()).isEqualTo(Precision.MONTH);
                    assertThat(m.yearFromAnchor()).isFalse();
                });
        assertThat(read("bajo el régimen de Pinochet (1973-1990).", "1973", "DATE", "1973", Tense.PAST)).get()
                .extracting(TimeMention::date).isEqualTo(LocalDate.of(1973, 1, 1));
    }

    @Test
    void relativeValuesKeepTheirDistanceFromTheDocumentDateAndWeekdaysFollowTheTense() {
        assertThat(read("comenzó hace más de dos meses con huelgas", "hace más de dos meses", "DATE", "2021-03",
                Tense.PAST)).get().satisfies(m -> {
                    assertThat(m.date()).isEqualTo(LocalDate.of(2021, 3, 14));
                    assertThat(m.precision()).isEqualTo(Precision.MONTH);
                    assertThat(m.kind()).isEqualTo(TimeKind.RELATIVE);
                });
        assertThat(read("el ingreso a la capital este mediodía", "este mediodía", "TIME", "2021-05-14TMI", Tense.PAST))
                .get().extracting(TimeMention::date).isEqualTo(DOC);
        assertThat(read("una huelga el martes y miércoles de la próxima semana", "miércoles", "DATE", "2021-05-12",
                Tense.FUTURE)).get().extracting(TimeMention::date).isEqualTo(LocalDate.of(2021, 5, 19));
        assertThat(read("la protesta del fin de semana", "fin de semana", "DATE", "2021-W19", Tense.PAST)).get()
                .satisfies(m -> {
                    assertThat(m.date()).isEqualTo(LocalDate.of(2021, 5, 14));
                    assertThat(m.precision()).isEqualTo(Precision.WEEK);
                });
    }

    @Test
    void namesNumbersDatelinesAndValuesWithoutADateAreDropped() {
        assertThat(read("barrio de Santo Domingo lanzaron escombros", "Domingo", "DATE", "2021-05-09", Tense.PAST)).isEmpty();
        assertThat(read("el vicepresidente Julio César Franco", "Julio", "DATE", "2021-07", Tense.PAST)).isEmpty();
        assertThat(read("Domingo llegaron los manifestantes", "Domingo", "DATE", "2021-05-09", Tense.PAST)).isPresent();
        assertThat(read("hicieron huelga en 180 lugares", "180", "DATE", "0180", Tense.PAST)).isEmpty();
        assertThat(read("ubicada 1150 km al sur", "1150", "DATE", "1150", Tense.PAST)).isEmpty();
        assertThat(read("BOGOTA, Abr 12 (AFP) - Las relaciones", "Abr 12", "DATE", "2012-04", Tense.PAST)).isEmpty();
        assertThat(read("mantiene actualmente una tregua", "actualmente", "DATE", "PRESENT_REF", Tense.PAST)).isEmpty();
        assertThat(read("en la mañana los estudiantes", "la mañana", "TIME", "XXXX-XX-XXTMO", Tense.PAST)).isEmpty();
        assertThat(read("bloquearon la carretera durante tres días", "tres días", "DURATION", "P3D", Tense.PAST)).isEmpty();
        assertThat(read("protestan cada año", "cada año", "SET", "P1Y", Tense.PAST)).isEmpty();
        assertThat(read("los festivales de verano", "verano", "DATE", "2021-SU", Tense.PAST)).isEmpty();
        assertThat(read("desde comienzos de los años 70", "los años 70", "DATE", "197", Tense.PAST)).isEmpty();
    }

    @Test
    void theRulesExpressionsWinOverlapsAndHeidelTimeCompletesTheRest() {
        FoundTime rule = TAGGER.find("El lunes llegaron y el 3 de marzo se firmó.", 0).get(0);
        FoundTime overlapping = new FoundTime(new org.atalaya.model.Span(0, 5), "El lu",
                new TimeExpression.Shift(-4, TimeExpression.Unit.DAY, false), false);
        FoundTime other = new FoundTime(new org.atalaya.model.Span(20, 33), "el 3 de marzo",
                new TimeExpression.Shift(0, TimeExpression.Unit.DAY, false), false);
        assertThat(TimeFinder.merge(java.util.List.of(rule), java.util.List.of(other, overlapping)))
                .containsExactly(rule, other);
    }
}
