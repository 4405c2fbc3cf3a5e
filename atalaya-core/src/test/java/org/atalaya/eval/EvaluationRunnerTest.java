package org.atalaya.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atalaya.eval.TestEvents.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.atalaya.model.EventRecord;
import org.atalaya.model.Language;
import org.atalaya.pipeline.ArticleCoder;
import org.atalaya.pipeline.ArticleRejectedException;
import org.atalaya.pipeline.CodingResult;
import org.atalaya.model.Article;
import org.atalaya.model.CoderStamp;
import org.junit.jupiter.api.Test;

class EvaluationRunnerTest {
    /** Seven evaluated records and one that is not; see {@link #knownErrors()} for what is coded. */
    static final String GOLD = String.join("\n", "<Sentences>",
            "<Sentence id=\"R1\" date=\"19940614\" evaluate=\"true\">",
            "<EventCoding eventcode=\"145_Protest_violently_riot\" sourcecode=\"COLREB\" targetcode=\"~BUS\"/>",
            "<EventCoding eventcode=\"141_Demonstrate_or_rally\" sourcecode=\"COLLAB\" targetcode=\"COLGOV\"/>",
            "<Location loc_in_sentence=\"true\">Bogotá</Location>",
            "<Location loc_in_sentence=\"false\">Colombia</Location>",
            "<Text>Guerrilleros dinamitaron torres y obreros marcharon en Bogotá.</Text>",
            "<Parse>\n1\tGuerrilleros\tguerrillero\tNOUN\tNOUN\t_\t2\tnsubj\t_\t_\n"
                    + "2\tdinamitaron\tdinamitar\tVERB\tVERB\t_\t0\troot\t_\t_\n</Parse>",
            "</Sentence>",
            "<Sentence id=\"R2\" evaluate=\"true\"><EventCoding noevents=\"True\"/><Text>Nada.</Text></Sentence>",
            "<Sentence id=\"R3\" evaluate=\"true\"><EventCoding eventcode=\"042\" sourcecode=\"USA\" targetcode=\"CHN\"/>",
            "<Location loc_in_sentence=\"true\">Quito</Location><Text>The US leader visited China.</Text></Sentence>",
            "<Sentence id=\"R4\" evaluate=\"false\"><EventCoding eventcode=\"010\" sourcecode=\"A\" targetcode=\"B\"/>",
            "<Text>Not evaluated.</Text></Sentence>",
            "<Sentence id=\"R5\"><EventCoding eventcode=\"190\" sourcecode=\"ISR\" targetcode=\"PSE\"/><Text>Boom.</Text></Sentence>",
            "<Sentence id=\"R6\"><EventCoding eventcode=\"042\" sourcecode=\"USA\" targetcode=\"CHN\"/><Text>Again.</Text></Sentence>",
            "<Sentence id=\"R7\"><EventCoding noevents=\"True\"/><Text>Quiet.</Text></Sentence>",
            "<Sentence id=\"R8\"><EventCoding eventcode=\"112\" sourcecode=\"ARN\" targetcode=\"GON\"/><Text>Arnor accused Gondor.</Text></Sentence>",
            "</Sentences>");

    /** The coder with known errors: right, half right, extra, missing, throwing, confused. */
    static FakeCoders.Scripted knownErrors() {
        Map<String, List<EventRecord>> out = Map.of(
                "R1", List.of(
                        event("R1", "141", "COLLAB", "COLGOV", "es/marchar", "PROTEST",
                                Optional.of(TestEvents.place("BOGOTA", "COL"))),
                        event("R1", "143", "COLREB", "COLBUS")),
                "R2", List.of(event("R2", "010", "ARN", "")),
                "R4", List.of(event("R4", "010", "A", "B")),
                "R6", List.of(event("R6", "042", "USA", "CHN")),
                "R8", List.of(event("R8", "173", "ARN", "GON")));
        return new FakeCoders.Scripted(out, Set.of("R5"), Map.of("R3", List.of(TestEvents.place("Quito", "PER"))));
    }

    private static final PlaceCountryOracle ORACLE = (name, others) -> switch (Fold.key(name)) {
        case "bogota" -> Optional.of("COL");
        case "quito" -> Optional.of("ECU");
        default -> Optional.empty();
    };

    private static EvaluationReport runKnownErrors() {
        EvaluationOptions options = EvaluationOptions.defaults().withLanguage(Language.ES).withPlaces(ORACLE);
        return new EvaluationRunner(knownErrors(), options).run(GoldReader.parse("mem.xml", GOLD), EvaluationRunner.Progress.NONE);
    }

    @Test
    void knownErrorsGiveTheFiguresWorkedOutByHand() {
        EvaluationReport r = runKnownErrors();
        assertThat(r.records()).isEqualTo(8);
        assertThat(r.coded()).isEqualTo(7);
        assertThat(r.producedEvents()).isEqualTo(5); // R4 is not coded
        CodingScores c = r.codings().orElseThrow();
        assertThat(c.level(MatchLevel.ROOT)).isEqualTo(new Prf(6, 5, 3));
        assertThat(c.level(MatchLevel.ROOT_SOURCE)).isEqualTo(new Prf(6, 5, 3));
        assertThat(c.level(MatchLevel.ROOT_DYAD)).isEqualTo(new Prf(6, 5, 3));
        assertThat(c.level(MatchLevel.EXACT)).isEqualTo(new Prf(6, 5, 2));
        assertThat(c.records()).isEqualTo(7);
        assertThat(c.recordsExact()).isEqualTo(2); // R6 and R7
        assertThat(c.roots()).extracting(LabelRow::label).containsExactly("01", "04", "11", "14", "17", "19");
        assertThat(c.confusion().confusions()).containsExactly(new Confusion("11", "17", 1));
        assertThat(c.confusion().missesByRoot()).isEqualTo(Map.of("04", 1, "19", 1));
        assertThat(c.confusion().extrasByRoot()).isEqualTo(Map.of("01", 1));
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("R5");
            assertThat(f.origin()).isEqualTo("mem.xml:18");
            assertThat(f.message()).contains("scripted failure");
        });
        // R1's Bogotá is on an event; R3's Quito is read in the sentence (in Peru) but on no event
        LocationScore l = r.locations().orElseThrow();
        assertThat(l.goldPlaces()).isEqualTo(2);
        assertThat(l.oracleUnknown()).isZero();
        assertThat(l.inSentence()).isEqualTo(new PlaceCounts(2, 2, 1));
        assertThat(l.onEvents()).isEqualTo(new PlaceCounts(1, 1, 1));
    }

    @Test
    void articlesCarryTheRecordIdTextDateLanguageAndOrigin() {
        FakeCoders.Scripted coder = knownErrors();
        new EvaluationRunner(coder, EvaluationOptions.defaults().withLanguage(Language.ES))
                .run(GoldReader.parse("mem.xml", GOLD), EvaluationRunner.Progress.NONE);
        Article first = coder.articlesSeen.get(0);
        assertThat(first.id()).isEqualTo("R1");
        assertThat(first.text()).startsWith("Guerrilleros dinamitaron");
        assertThat(first.published()).contains(java.time.LocalDate.of(1994, 6, 14));
        assertThat(first.language()).contains(Language.ES);
        assertThat(first.origin()).isEqualTo("mem.xml:2");
        assertThat(coder.articlesSeen).extracting(Article::id).doesNotContain("R4");
        assertThat(coder.parsesSeen).isEmpty();
    }

    @Test
    void goldParseIsHandedToAParsedCoderWhenTheRecordHasOne() {
        FakeCoders.Scripted coder = knownErrors();
        EvaluationReport r = new EvaluationRunner(coder, EvaluationOptions.defaults().withGoldParse(true))
                .run(GoldReader.parse("mem.xml", GOLD), EvaluationRunner.Progress.NONE);
        assertThat(r.goldParsed()).isEqualTo(1);
        assertThat(coder.parsesSeen).singleElement().satisfies(a -> {
            assertThat(a.language()).isEqualTo(Language.ES); // guessed: the run named no language
            assertThat(a.sentences().get(0).tokens()).extracting(t -> t.word()).containsExactly("Guerrilleros", "dinamitaron");
        });
        assertThat(r.codings().orElseThrow().level(MatchLevel.EXACT)).isEqualTo(new Prf(6, 5, 2));
    }

    @Test
    void goldParseNeedsAParsedCoder() {
        ArticleCoder plain = new ArticleCoder() {
            @Override
            public CodingResult code(Article article) {
                throw new ArticleRejectedException("empty-text", "never called");
            }

            @Override
            public CoderStamp stamp() {
                return TestEvents.STAMP;
            }
        };
        assertThatThrownBy(() -> new EvaluationRunner(plain, EvaluationOptions.defaults().withGoldParse(true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ParsedArticleCoder");
        EvaluationReport r = new EvaluationRunner(plain, EvaluationOptions.defaults())
                .run(GoldReader.parse("mem.xml", GOLD), EvaluationRunner.Progress.NONE);
        assertThat(r.failures()).hasSize(7).allMatch(f -> f.message().startsWith("rejected (empty-text)"));
        assertThat(r.codings().orElseThrow().recordsExact()).isEqualTo(2); // the two no-events records
    }

    @Test
    void errorsListingHasOneLinePerMissExtraAndFailure() throws IOException {
        StringWriter out = new StringWriter();
        ErrorsJsonl.write(runKnownErrors(), out);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            lines.add(json.readTree(l));
        }
        assertThat(lines).extracting(n -> n.get("id").asText() + " " + n.get("kind").asText() + " "
                        + (n.has("closest") ? n.get("closest").asText() : "-"))
                .containsExactly("R1 miss root+dyad", "R1 extra root+dyad", "R2 extra none", "R3 miss none",
                        "R5 coder-error -", "R5 miss none", "R8 miss none", "R8 extra none",
                        "R3 place-wrong-country -");
        JsonNode place = lines.get(8);
        assertThat(place.get("place").asText()).isEqualTo("Quito");
        assertThat(place.get("expected_country").asText()).isEqualTo("ECU");
        assertThat(place.get("read").get(0).get("country").asText()).isEqualTo("PER");
        assertThat(place.get("on_events")).isEmpty();
        JsonNode extra = lines.get(1);
        assertThat(extra.get("coding").get("code").asText()).isEqualTo("143");
        assertThat(extra.get("coding").get("rule").asText()).isEqualTo("test#143");
        assertThat(extra.get("expected")).hasSize(2);
        assertThat(extra.get("produced").get(0).get("rule").asText()).isEqualTo("es/marchar");
        assertThat(extra.get("text").asText()).startsWith("Guerrilleros");
        assertThat(lines.get(2).get("expected").get(0).get("noevents").asBoolean()).isTrue();
    }

    @Test
    void progressIsReportedPerCodedRecord() {
        List<String> seen = new ArrayList<>();
        new EvaluationRunner(knownErrors(), EvaluationOptions.defaults())
                .run(GoldReader.parse("mem.xml", GOLD), (done, total) -> seen.add(done + "/" + total));
        assertThat(seen).hasSize(7).startsWith("1/7").endsWith("7/7");
    }

    @Test
    void echoCoderScoresPerfectlyOnEveryEnglishSuite() throws IOException {
        for (String file : List.of(Refdata.PETR1, Refdata.PETR2, Refdata.UD_VALIDATE, Refdata.UD_UNITTEST, Refdata.GSR)) {
            GoldSet gold = GoldReader.read(Refdata.file(file));
            EvaluationReport r = new EvaluationRunner(FakeCoders.echo(gold), EvaluationOptions.defaults())
                    .run(gold, EvaluationRunner.Progress.NONE);
            CodingScores c = r.codings().orElseThrow();
            // toy codes such as 174K (PATTERN-03/04) are carried as user codes
            assertThat(r.failures()).as(file).isEmpty();
            assertThat(c.recordsExact()).as(file).isEqualTo(c.records());
            assertThat(c.level(MatchLevel.EXACT).precision()).as(file).isEqualTo(1.0);
            assertThat(c.level(MatchLevel.ROOT).matched()).as(file).isEqualTo(c.level(MatchLevel.EXACT).matched());
        }
    }

    @Test
    void petr1SuiteWithEchoAndSilentCoders() throws IOException {
        GoldSet gold = GoldReader.read(Refdata.file(Refdata.PETR1));
        EvaluationReport echo = new EvaluationRunner(FakeCoders.echo(gold), EvaluationOptions.defaults()).run(gold, EvaluationRunner.Progress.NONE);
        assertThat(echo.coded()).isEqualTo(276);
        assertThat(echo.codings().orElseThrow().level(MatchLevel.EXACT)).isEqualTo(new Prf(349, 349, 349));
        assertThat(echo.codings().orElseThrow().recordsExact()).isEqualTo(276);
        EvaluationReport silent = new EvaluationRunner(FakeCoders.silent(), EvaluationOptions.defaults()).run(gold, EvaluationRunner.Progress.NONE);
        CodingScores s = silent.codings().orElseThrow();
        assertThat(s.level(MatchLevel.ROOT)).isEqualTo(new Prf(349, 0, 0));
        // 26 noevents/error markers, plus PATTERN-06, whose only coding is commented out
        long noEventRecords = gold.evaluated().stream().filter(GoldSentence::expectsNoEvents).count();
        assertThat(s.recordsExact()).isEqualTo((int) noEventRecords).isEqualTo(27);
        assertThat(s.confusion().missesByRoot().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(349);
    }

    @Test
    void spanishSetWithEchoAndSilentCoders() throws IOException {
        GoldSet gold = GoldReader.read(Refdata.file(Refdata.SPANISH));
        EvaluationOptions es = EvaluationOptions.defaults().withLanguage(Language.ES);
        EvaluationReport echo = new EvaluationRunner(FakeCoders.echo(gold), es).run(gold, EvaluationRunner.Progress.NONE);
        CodingScores c = echo.codings().orElseThrow();
        for (MatchLevel level : MatchLevel.values()) {
            assertThat(c.level(level)).as(level.label()).isEqualTo(new Prf(1565, 1565, 1565));
        }
        assertThat(c.recordsExact()).isEqualTo(1238);
        assertThat(c.roots()).filteredOn(row -> row.label().equals("14"))
                .singleElement().isEqualTo(new LabelRow("14", new Prf(721, 721, 721)));
        // the echo coder names no places: every gold place is missed
        LocationScore places = echo.locations().orElseThrow();
        assertThat(places.goldPlaces()).isEqualTo(616 - duplicatePlaces(gold));
        assertThat(places.oracleUnknown()).isEqualTo(places.goldPlaces());
        assertThat(places.inSentence()).isEqualTo(new PlaceCounts(0, 0, 0));
        assertThat(places.onEvents()).isEqualTo(new PlaceCounts(0, 0, 0));
        EvaluationReport silent = new EvaluationRunner(FakeCoders.silent(), es).run(gold, EvaluationRunner.Progress.NONE);
        assertThat(silent.codings().orElseThrow().level(MatchLevel.ROOT)).isEqualTo(new Prf(1565, 0, 0));
        assertThat(silent.codings().orElseThrow().recordsExact()).isZero();
    }

    private static int duplicatePlaces(GoldSet gold) {
        return gold.sentences().stream().mapToInt(s -> (int) s.locations().stream().filter(GoldLocation::inSentence)
                .count() - LocationScorer.goldNames(s).size()).sum();
    }
}
