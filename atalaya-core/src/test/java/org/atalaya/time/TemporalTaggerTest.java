package org.atalaya.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.atalaya.model.Language;
import org.atalaya.model.Span;
import org.junit.jupiter.api.Test;

/** Behaviour the table cannot show: flags, spans over a whole article, anchors moving inside a sentence. */
class TemporalTaggerTest {
    private static final LocalDate SEED_DATE = LocalDate.of(2021, 5, 14);
    private final TemporalTagger es = new TemporalTagger(Language.ES);
    private final TemporalTagger en = new TemporalTagger(Language.EN);

    static String seed() throws IOException {
        return Files.readString(Path.of(System.getProperty("atalaya.shared", "../../shared"),
                "seed", "000_d53284755918ea0b.txt"));
    }

    @Test
    void seedArticleGivesTheDatesOfEachExpressionWithSpansIntoTheArticle() throws IOException {
        String text = seed();
        // One call per line (the seed has a paragraph per line), with no anchor carried across lines.
        List<TimeMention> mentions = new java.util.ArrayList<>();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            mentions.addAll(es.tag(line, offset, SEED_DATE, Optional.empty(), Tense.PAST));
            offset += line.length() + 1;
        }
        assertThat(mentions).extracting(TimeMention::text).containsExactly("el 14 de mayo", "1997",
                "la noche anterior", "el 12 de mayo", "9 de noviembre de 2020", "11 de enero de 2021",
                "El día anterior", "12 de mayo");
        for (TimeMention m : mentions) {
            assertThat(m.span().of(text)).isEqualTo(m.text());
        }
        assertThat(mentions).extracting(TimeMention::date).containsExactly(SEED_DATE, LocalDate.of(1997, 1, 1),
                LocalDate.of(2021, 5, 13), LocalDate.of(2021, 5, 12), LocalDate.of(2020, 11, 9),
                LocalDate.of(2021, 1, 11), LocalDate.of(2021, 5, 13), LocalDate.of(2021, 5, 12));
    }

    @Test
    void datesThatModifyANounAreAttributiveAndDoNotMoveTheAnchor() throws IOException {
        List<FoundTime> found = es.find(seed(), 0);
        assertThat(found).filteredOn(FoundTime::attributive).extracting(FoundTime::text)
                .containsExactly("1997", "9 de noviembre de 2020", "11 de enero de 2021");
        // Tagged as one text, the anchor chain skips the declarations' dates but still lands on 12 May,
        // not on the 14 May the narrative returns to: why tag() is meant to be called per sentence.
        List<TimeMention> whole = es.tag(seed(), 0, SEED_DATE, Optional.empty(), Tense.PAST);
        assertThat(whole).filteredOn(m -> m.text().equals("El día anterior")).extracting(TimeMention::date)
                .containsExactly(LocalDate.of(2021, 5, 11));
        assertThat(es.find("antes de 2020 y a partir de mayo de 2021", 0)).extracting(FoundTime::attributive)
                .containsExactly(false, false);
        assertThat(en.find("the statements of November 9, 2020, signed on May 12", 0))
                .extracting(FoundTime::attributive).containsExactly(true, false);
    }

    @Test
    void triggersDoNotChangeWhatIsFoundInTheSeed() throws IOException {
        String text = seed();
        assertThat(es.find(text, 0)).isEqualTo(new TemporalTagger(Language.ES, false).find(text, 0));
        assertThat(en.find(text, 0)).isEqualTo(new TemporalTagger(Language.EN, false).find(text, 0));
    }

    @Test
    void yearFromAnchorMarksDatesWhoseYearWasNotWritten() {
        TimeMention partial = es.tag("el 30 de diciembre", 0, LocalDate.of(2021, 1, 2), Optional.empty()).get(0);
        TimeMention full = es.tag("el 30 de diciembre de 2020", 0, LocalDate.of(2021, 1, 2), Optional.empty()).get(0);
        TimeMention month = es.tag("en diciembre", 0, LocalDate.of(2021, 1, 2), Optional.empty()).get(0);
        assertThat(partial.date()).isEqualTo(LocalDate.of(2020, 12, 30));
        assertThat(partial.yearFromAnchor()).isTrue();
        assertThat(full.yearFromAnchor()).isFalse();
        assertThat(month.yearFromAnchor()).isTrue();
        assertThat(month.date()).isEqualTo(LocalDate.of(2020, 12, 1));
    }

    @Test
    void anchorRelativeMarksExpressionsCountedFromTheDiscourse() {
        List<FoundTime> found = es.find("La víspera, ayer y el día anterior", 0);
        assertThat(found).extracting(FoundTime::anchorRelative).containsExactly(true, false, true);
        assertThat(en.find("the day before, yesterday", 0)).extracting(FoundTime::anchorRelative)
                .containsExactly(true, false);
    }

    @Test
    void findNeedsNoDateAndResolveUsesTheAnchorTheCallerChooses() {
        FoundTime found = es.find("El día anterior se reunieron.", 50).get(0);
        assertThat(found.span()).isEqualTo(new Span(50, 65));
        assertThat(found.kind()).isEqualTo(TimeKind.RELATIVE);
        LocalDate anchor = LocalDate.of(2021, 1, 1);
        assertThat(es.resolve(found, SEED_DATE, Optional.of(anchor), Tense.PAST).date())
                .isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(es.resolve(found, SEED_DATE, Optional.empty(), Tense.PAST).date())
                .isEqualTo(LocalDate.of(2021, 5, 13));
    }

    @Test
    void tagMovesTheAnchorToTheLastDayPreciseDateInTheSentence() {
        List<TimeMention> m = es.tag("El 3 de mayo hubo un ataque y la víspera una reunión; en 2020, el día anterior",
                0, SEED_DATE, Optional.of(LocalDate.of(2021, 4, 20)), Tense.PAST);
        assertThat(m).extracting(TimeMention::date).containsExactly(LocalDate.of(2021, 5, 3),
                LocalDate.of(2021, 5, 2), LocalDate.of(2020, 1, 1), LocalDate.of(2021, 5, 1));
    }

    @Test
    void rangesGiveOneMentionPerDay() {
        assertThat(es.tag("del 12 al 13 de mayo", 0, SEED_DATE, Optional.empty())).extracting(TimeMention::date)
                .containsExactly(LocalDate.of(2021, 5, 12), LocalDate.of(2021, 5, 13));
        assertThat(en.tag("between 2019 and 2020", 0, SEED_DATE, Optional.empty())).extracting(TimeMention::date)
                .containsExactly(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1));
    }

    @Test
    void theLongestExpressionWins() {
        assertThat(es.find("el martes 11 de mayo por la noche", 0)).extracting(FoundTime::text)
                .containsExactly("el martes 11 de mayo");
        assertThat(es.find("pasado mañana", 0)).extracting(FoundTime::text).containsExactly("pasado mañana");
        assertThat(en.find("the day before yesterday", 0)).extracting(FoundTime::text)
                .containsExactly("the day before yesterday");
    }

    @Test
    void aWeekdayBesideAPartialDatePicksTheYear() {
        // 20 May 2021 is a Thursday; the wrong (default) past tense alone would give 2020.
        TimeMention m = es.tag("el jueves 20 de mayo", 0, SEED_DATE, Optional.empty(), Tense.PAST).get(0);
        assertThat(m.date()).isEqualTo(LocalDate.of(2021, 5, 20));
        TimeMention noWeekday = es.tag("el 20 de mayo", 0, SEED_DATE, Optional.empty(), Tense.PAST).get(0);
        assertThat(noWeekday.date()).isEqualTo(LocalDate.of(2020, 5, 20));
    }

    @Test
    void spansKeepUtf16IndicesWithAccentsAndAstralCharacters() {
        String text = "\uD83D\uDCF0 Él dijo que el miércoles 12 de mayo, según él, ocurrió.";
        FoundTime f = es.find(text, 7).get(0);
        assertThat(f.text()).isEqualTo("el miércoles 12 de mayo");
        assertThat(text.substring(f.span().begin() - 7, f.span().end() - 7)).isEqualTo(f.text());
    }

    @Test
    void wireDatelinesAreRead() {
        assertThat(es.tag("Madrid, 14 may (EFE).- El Gobierno", 0, SEED_DATE, Optional.empty()))
                .extracting(TimeMention::date).containsExactly(SEED_DATE);
    }

    @Test
    void kindMapsToTheEventDateBasis() {
        assertThat(TimeKind.EXPLICIT.basis().code()).isEqualTo("explicit");
        assertThat(TimeKind.RELATIVE.basis().code()).isEqualTo("relative");
    }
}
