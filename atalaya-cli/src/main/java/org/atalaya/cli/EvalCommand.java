package org.atalaya.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.atalaya.eval.DocumentPart;
import org.atalaya.eval.ErrorsJsonl;
import org.atalaya.eval.EvaluationOptions;
import org.atalaya.eval.EvaluationReport;
import org.atalaya.eval.EvaluationRunner;
import org.atalaya.eval.GazetteerOracle;
import org.atalaya.eval.ReportJson;
import org.atalaya.eval.ReportText;
import org.atalaya.model.Language;
import org.atalaya.pipeline.AtalayaPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code atalaya eval}: precision, recall and F1 against a PETRARCH-format or PLOVER gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Codes every record of a gold file and scores the events: P/R/F1 at event root, root + source country,",
                "root + both countries and exact codes; per-root table and confusions; PLOVER type accuracy; places found."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "PETR/UD-PETRARCH validation XML or PLOVER gold JSON.")
    Path gold;

    @Option(names = "--lang", description = "Language of the records (default: detected).")
    String lang;

    @Option(names = "--gold-parse", description = "Use the records' own parses (CoNLL-U, or the Penn Treebank trees of the PETR-1 files) instead of CoreNLP's, to measure the coder apart from the parser.")
    boolean goldParse;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--errors", paramLabel = "OUT.jsonl", description = "Write every miss and extra with sentence, expected and produced codings and the rule that fired.")
    Path errors;

    @Option(names = "--part", paramLabel = "K/N", description = {"Only the records of part K of N of the documents (md5 of the document id, the record id up to its last _), "
            + "for a development / held-out split: e.g. write patterns from the errors of --part 1/2 and measure --part 2/2."})
    String part;

    @Option(names = "--verbose", description = "Stack traces on errors.")
    boolean verbose;

    @Mixin
    KnowledgeOptions knowledge;

    @Mixin
    TimeTaggerOption timeTagger;

    @Override
    public Integer call() throws IOException {
        AtalayaPipeline pipeline = Pipelines.with(knowledge, timeTagger, AtalayaPipeline.DEFAULT_MAX_CHARS, false);
        EvaluationOptions options = EvaluationOptions.defaults().withGoldParse(goldParse)
                .withPlaces(new GazetteerOracle(pipeline.knowledge().gazetteer()));
        if (lang != null) {
            options = options.withLanguage(Language.parse(lang)
                    .orElseThrow(() -> new IllegalArgumentException("--lang must be es or en, not '" + lang + "'")));
        }
        if (part != null) {
            options = options.withPart(DocumentPart.parse(part));
        }
        long t0 = System.nanoTime();
        EvaluationReport report = new EvaluationRunner(pipeline, options).run(gold, (done, total) -> {
            if (done % 100 == 0 || done == total) {
                System.err.printf("\r%d/%d records", done, total);
            }
        });
        System.err.printf("%ncoded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        System.out.print(json ? ReportJson.write(report) : ReportText.render(report));
        options.part().ifPresent(p -> (json ? System.err : System.out).printf(
                "part %s of the documents: %d of %d records%n", p, report.coded(), report.records()));
        if (errors != null) {
            try (Writer w = Files.newBufferedWriter(errors, StandardCharsets.UTF_8)) {
                ErrorsJsonl.write(report, w);
            }
        }
        return report.skippedRecords() > 0 || !report.failures().isEmpty() ? 1 : 0;
    }
}
