package org.atalaya.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.atalaya.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The reference table {@code expressions.tsv}: one expression in one sentence per row. */
class ExpressionTableTest {
    private static final String TABLE = "/org/atalaya/time/expressions.tsv";
    private static final Map<Language, TemporalTagger> TAGGERS = new EnumMap<>(Map.of(
            Language.ES, new TemporalTagger(Language.ES), Language.EN, new TemporalTagger(Language.EN)));
    private static final Map<Language, TemporalTagger> UNFILTERED = new EnumMap<>(Map.of(
            Language.ES, new TemporalTagger(Language.ES, false), Language.EN, new TemporalTagger(Language.EN, false)));

    record Row(int line, Language lang, LocalDate document, Tense tense, Optional<LocalDate> anchor, String sentence,
               String mention, String date, String precision, String kind) {
        @Override
        public String toString() {
            return "line " + line + " [" + lang.code() + " " + document + " " + tense + "] " + sentence;
        }
    }

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(ExpressionTableTest.class.getResourceAsStream(TABLE), TABLE),
                StandardCharsets.UTF_8))) {
            int lineNo = 0;
            boolean header = true;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertThat(f).as("line %d", lineNo).hasSize(9);
                rows.add(Arguments.of(new Row(lineNo, Language.parse(f[0]).orElseThrow(), LocalDate.parse(f[1]),
                        Tense.valueOf(f[2]), f[3].equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(f[3])),
                        f[4], f[5], f[6], f[7], f[8])));
            }
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void resolves(Row row) {
        TemporalTagger tagger = TAGGERS.get(row.lang());
        int offset = 1000; // spans must be offset + index
        List<FoundTime> found = tagger.find(row.sentence(), offset);
        if (row.mention().equals("-")) {
            assertThat(UNFILTERED.get(row.lang()).find(row.sentence(), offset)).isEmpty();
            assertThat(found).as("no time expression expected").isEmpty();
            return;
        }
        assertThat(found).extracting(FoundTime::text).as("mentions found").contains(row.mention());
        FoundTime hit = found.stream().filter(f -> f.text().equals(row.mention())).findFirst().orElseThrow();
        int index = row.sentence().indexOf(row.mention());
        assertThat(hit.span().begin()).isEqualTo(offset + index);
        assertThat(hit.span().end()).isEqualTo(offset + index + row.mention().length());

        // The word triggers that let find() skip rules must never change what it finds.
        assertThat(UNFILTERED.get(row.lang()).find(row.sentence(), offset)).isEqualTo(found);

        TimeMention m = tagger.resolve(hit, row.document(), row.anchor(), row.tense());
        assertThat(m.date()).as("date").isEqualTo(LocalDate.parse(row.date()));
        assertThat(m.precision()).as("precision").isEqualTo(Precision.valueOf(row.precision()));
        assertThat(m.kind()).as("kind").isEqualTo(TimeKind.valueOf(row.kind()));
    }
}
