package org.atalaya.eval;

import java.util.Objects;
import java.util.Optional;
import org.atalaya.model.Language;

/**
 * How a run codes the gold records. {@code language}: stamped on every article; empty leaves it to
 * the coder's detection. {@code useGoldParse}: records with a CoNLL-U parse are coded from it through
 * {@code ParsedArticleCoder}, to measure the coder apart from the parser. {@code places}: the
 * gazetteer used to judge location countries.
 */
public record EvaluationOptions(Optional<Language> language, boolean useGoldParse, PlaceCountryOracle places) {
    public EvaluationOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(places, "places");
    }

    public static EvaluationOptions defaults() {
        return new EvaluationOptions(Optional.empty(), false, PlaceCountryOracle.NONE);
    }

    public EvaluationOptions withLanguage(Language lang) {
        return new EvaluationOptions(Optional.of(lang), useGoldParse, places);
    }

    public EvaluationOptions withGoldParse(boolean use) {
        return new EvaluationOptions(language, use, places);
    }

    public EvaluationOptions withPlaces(PlaceCountryOracle oracle) {
        return new EvaluationOptions(language, useGoldParse, oracle);
    }
}
