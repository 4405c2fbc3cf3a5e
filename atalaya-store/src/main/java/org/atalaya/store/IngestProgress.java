package org.atalaya.store;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A progress snapshot, sent after every committed batch: enough for the CLI to draw a bar.
 *
 * @param done      records finished (coded and stored, skipped as unchanged, or rejected)
 * @param perSecond {@code done} per second since the start
 * @param fraction  share of the input consumed (bytes for files, articles for recode), when known
 * @param eta       estimated time left, when {@code fraction} is known
 */
public record IngestProgress(long done, long coded, long skipped, long rejected, long mentions, double perSecond,
                             OptionalDouble fraction, Optional<Duration> eta, Duration elapsed) {
}
