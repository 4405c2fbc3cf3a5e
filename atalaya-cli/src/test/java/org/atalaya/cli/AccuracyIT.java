package org.atalaya.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.atalaya.eval.DocumentPart;
import org.atalaya.eval.EvaluationOptions;
import org.atalaya.eval.EvaluationReport;
import org.atalaya.eval.EvaluationRunner;
import org.atalaya.eval.GazetteerOracle;
import org.atalaya.eval.MatchLevel;
import org.atalaya.eval.Prf;
import org.atalaya.eval.ReportText;
import org.atalaya.eval.Scorer;
import org.atalaya.eval.SentenceOutcome;
import org.atalaya.model.Language;
import org.atalaya.nlp.CoreNlpBackend;
import org.atalaya.pipeline.AtalayaPipeline;
import org.atalaya.pipeline.Knowledge;
import org.junit.jupiter.api.Test;

/**
 * The accuracy gate (`mvn -Peval verify`): codes the UD-PETRARCH Spanish validation set and the
 * English PLOVER gold records with the built-in knowledge, and the PETR-1 unit-test suite with its own
 * dictionaries, and fails when a score drops below its pinned minimum. Writes the reports to
 * target/accuracy-es.txt, target/accuracy-plover.txt and target/accuracy-petr1.txt for
 * docs/accuracy.md. Slow (minutes), so outside the default test run.
 */
class AccuracyIT {
    private static final Path SHARED = Path.of(System.getProperty("atalaya.shared", "../../shared"));
    private static final Path SPANISH = SHARED.resolve(
            "refdata/UniversalPetrarch/dev-validate/validate/spanish/spanish_validation_1018_noaccent.xml");
    private static final Path PETR1 = SHARED.resolve("refdata/petrarch_v0.2.1/text/PETR.UnitTest.records.xml");
    private static final Path PETR1_DICTIONARIES = SHARED.resolve("refdata/petrarch_v0.2.1/dictionaries");
    private static final Path PLOVER = SHARED.resolve("refdata/PLOVER/gold_standard_records/PLOVER_GSR_CAMEO.txt");

    /**
     * Pinned minimums: just below the figures reached on 2026-11-29 (root F1 0.695, root+dyad F1 0.540,
     * 84.6 % of gold places read in the sentence with the right country). Raise them as the coder improves.
     */
    private static final double ROOT_F1 = 0.69;
    private static final double DYAD_F1 = 0.53;
    /**
     * Root F1 on the held-out half of the Spanish set (documents of part 2/2, whose errors the pattern
     * work does not read; docs/accuracy.md): 0.679 on 2026-11-29. A drop here with the whole set
     * steady means the patterns are fitting the development half.
     */
    private static final double HELD_OUT_ROOT_F1 = 0.67;
    private static final double LOCATIONS_RIGHT_COUNTRY = 0.83;
    /** PETR-1 suite, CoreNLP parses: records coded exactly, reached on 2026-11-28 (target 80 % = 221). */
    private static final int PETR1_RECORDS_EXACT = 252;
    /** PLOVER event-type accuracy reached on 2026-11-28 (0.720), rounded down. */
    private static final double PLOVER_ACCURACY = 0.70;

    @Test
    void spanishValidationSetStaysAboveItsPinnedScores() throws IOException {
        AtalayaPipeline pipeline = AtalayaPipeline.standard();
        EvaluationReport report = new EvaluationRunner(pipeline, EvaluationOptions.defaults().withLanguage(Language.ES)
                .withPlaces(new GazetteerOracle(pipeline.knowledge().gazetteer()))).run(SPANISH);
        String text = ReportText.render(report);
        Files.writeString(Path.of("target/accuracy-es.txt"), "date " + LocalDate.now() + "\n" + text, StandardCharsets.UTF_8);
        Prf root = report.codings().orElseThrow().levels().get(MatchLevel.ROOT);
        Prf dyad = report.codings().orElseThrow().levels().get(MatchLevel.ROOT_DYAD);
        assertThat(root.f1()).as("root F1").isGreaterThanOrEqualTo(ROOT_F1);
        assertThat(dyad.f1()).as("root+dyad F1").isGreaterThanOrEqualTo(DYAD_F1);
        assertThat(root.precision()).as("precision at least recall").isGreaterThanOrEqualTo(root.recall());
        DocumentPart heldOut = DocumentPart.parse("2/2");
        Prf heldOutRoot = Scorer.score(report.sentences().stream().filter(o -> heldOut.contains(o.gold().id()))
                .map(SentenceOutcome::pair).toList()).level(MatchLevel.ROOT);
        assertThat(heldOutRoot.f1()).as("root F1 on the held-out half").isGreaterThanOrEqualTo(HELD_OUT_ROOT_F1);
        report.locations().ifPresent(l -> assertThat(l.rightCountryShare())
                .as("gold places read in their sentence with the right country").isGreaterThanOrEqualTo(LOCATIONS_RIGHT_COUNTRY));
    }

    @Test
    void petr1UnitSuiteWithItsOwnDictionariesStaysAboveItsPinnedCount() throws IOException {
        Knowledge knowledge = Knowledge.builtIn().withDictionaries(PETR1_DICTIONARIES, true);
        AtalayaPipeline pipeline = new AtalayaPipeline(knowledge, CoreNlpBackend::new, AtalayaPipeline.DEFAULT_MAX_CHARS, false);
        EvaluationReport report = new EvaluationRunner(pipeline, EvaluationOptions.defaults().withLanguage(Language.EN))
                .run(PETR1);
        Files.writeString(Path.of("target/accuracy-petr1.txt"), "date " + LocalDate.now() + "\n" + ReportText.render(report),
                StandardCharsets.UTF_8);
        assertThat(report.codings().orElseThrow().recordsExact()).as("PETR-1 records coded exactly")
                .isGreaterThanOrEqualTo(PETR1_RECORDS_EXACT);
    }

    @Test
    void englishPloverRecordsStayAboveTheirPinnedAccuracy() throws IOException {
        AtalayaPipeline pipeline = AtalayaPipeline.standard();
        EvaluationReport report = new EvaluationRunner(pipeline, EvaluationOptions.defaults().withLanguage(Language.EN))
                .run(PLOVER);
        String text = ReportText.render(report);
        Files.writeString(Path.of("target/accuracy-plover.txt"), "date " + LocalDate.now() + "\n" + text,
                StandardCharsets.UTF_8);
        assertThat(report.plover().orElseThrow().accuracy()).as("PLOVER event-type accuracy")
                .isGreaterThanOrEqualTo(PLOVER_ACCURACY);
    }
}
