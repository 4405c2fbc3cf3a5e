package org.atalaya.eval;

import java.util.Objects;
import java.util.Optional;
import org.atalaya.model.Language;

/**
 * How a run codes the gold records. {@code language}: stamped on every article; empty leaves it to
 * the coder's detection. {@code useGoldParse}: records with a CoNLL-U parse are coded from it through
 * {@code ParsedArticleCoder}, to measure the coder apart from the parser. {@code places}: the
 * gazetteer used to judge location countries. {@code part}: only the records of one part of the
 * documents (a development / held-out split); empty takes them all.
 */
public record EvaluationOptions(Optional<Language> language, boolean useGoldParse, PlaceCountryOracle places,
                                Optional<DocumentPart> part) {
    public EvaluationOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(places, "places");
        Objects.requireNonNull(part, "part");
    }

    public static EvaluationOptions defaults() {
        return new EvaluationOptions(Optional.empty(), false, PlaceCountryOracle.NONE, Optional.empty());
    }

    public EvaluationOptions withLanguage(Language lang) {
        return new EvaluationOptions(Optional.of(lang), useGoldParse, places, part);
    }

    public EvaluationOptions withGoldParse(boolean use) {
        return new EvaluationOptions(language, use, places, part);
    }

    public EvaluationOptions withPlaces(PlaceCountryOracle oracle) {
        return new EvaluationOptions(language, useGoldParse, oracle, part);
    }

    public EvaluationOptions withPart(DocumentPart p) {
        return new EvaluationOptions(language, useGoldParse, places, Optional.of(p));
    }

    /** True when the record with this id is to be coded. */
    boolean selects(String recordId) {
        return part.map(p -> p.contains(recordId)).orElse(true);
    }
}
