package org.atalaya.cli;

import org.atalaya.time.TimeTaggerMode;
import picocli.CommandLine.Option;

/** {@code --time-tagger}: which tagger finds the time expressions that date events. */
final class TimeTaggerOption {
    @Option(names = "--time-tagger", paramLabel = "rules|heideltime|both", defaultValue = "rules",
            description = {"Time expressions from the project's rules (default), HeidelTime 2.2.1 alone, or both",
                    "(the rules, completed by HeidelTime on the sentences that can yield an event). See docs/accuracy.md."})
    String value;

    TimeTaggerMode mode() {
        return TimeTaggerMode.parse(value).orElseThrow(() -> new IllegalArgumentException(
                "--time-tagger must be rules, heideltime or both, not '" + value + "'"));
    }
}
