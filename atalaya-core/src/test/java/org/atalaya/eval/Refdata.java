package org.atalaya.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The read-only reference suites, found through the {@code atalaya.shared} property the build sets. */
final class Refdata {
    static final String PETR1 = "petrarch_v0.2.1/text/PETR.UnitTest.records.xml";
    static final String PETR2 = "petrarch2/text/PETR.UnitTest.records.xml";
    static final String UD_VALIDATE = "UniversalPetrarch/dev-validate/validate/PETR_Validate_records_2_02.xml";
    static final String UD_UNITTEST = "UniversalPetrarch/master/text/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml";
    static final String GSR = "UniversalPetrarch/master/text/PETR2_GSR_validation.xml";
    static final String SPANISH = "UniversalPetrarch/dev-validate/validate/spanish/spanish_validation_1018_noaccent.xml";
    static final String SPANISH_PROTEST =
            "UniversalPetrarch/dev-validate/validate/spanish/spanish_protest_cameo_4_jj_validation.xml";
    static final String SPANISH_SUBSET = "UniversalPetrarch/master/text/spanish_validation_1018_noaccent.xml";
    static final String PLOVER = "PLOVER/gold_standard_records/PLOVER_GSR_CAMEO.txt";

    private Refdata() {
    }

    /** A refdata file; the test is skipped (not failed) on a checkout without ../shared. */
    static Path file(String relative) {
        String shared = System.getProperty("atalaya.shared", "");
        Path p = Path.of(shared, "refdata", relative);
        assumeTrue(!shared.isEmpty() && Files.isRegularFile(p), "reference data not found: " + p);
        return p;
    }
}
