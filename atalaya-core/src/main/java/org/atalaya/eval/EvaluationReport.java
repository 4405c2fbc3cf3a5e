package org.atalaya.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.atalaya.model.CoderStamp;
import org.atalaya.model.Language;

/**
 * Everything a run measured. {@code records} were read, {@code coded} of them were coded (records
 * whose gold says evaluate="false" are read but not coded). {@code goldParsed} records were coded
 * from their gold parse. {@code codings} is present for validation XML, {@code locations} when the
 * gold names in-sentence places, {@code plover} for PLOVER gold. {@code sentences} and
 * {@code ploverRecords} keep the per-record outcomes for error listings.
 */
public record EvaluationReport(String file, GoldFormat format, CoderStamp coder, Optional<Language> language,
                               boolean goldParse, int records, int coded, int goldParsed, int producedEvents,
                               Optional<CodingScores> codings, Optional<LocationScore> locations,
                               Optional<PloverScore> plover, List<GoldReadProblem> problems,
                               List<CoderFailure> failures, List<SentenceOutcome> sentences,
                               List<PloverOutcome> ploverRecords, long millis) {
    public EvaluationReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(coder, "coder");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(codings, "codings");
        Objects.requireNonNull(locations, "locations");
        Objects.requireNonNull(plover, "plover");
        problems = List.copyOf(problems);
        failures = List.copyOf(failures);
        sentences = List.copyOf(sentences);
        ploverRecords = List.copyOf(ploverRecords);
    }

    /** Records that could not be used at all (broken in the gold file). */
    public long skippedRecords() {
        return problems.stream().filter(GoldReadProblem::skipped).count();
    }
}
