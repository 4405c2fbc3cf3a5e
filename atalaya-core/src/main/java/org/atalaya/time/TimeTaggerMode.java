package org.atalaya.time;

import java.util.Locale;
import java.util.Optional;

/**
 * Which tagger finds the time expressions that date events.
 * <ul>
 *   <li>{@link #RULES}: the project's rules only ({@link TemporalTagger}); the default.</li>
 *   <li>{@link #HEIDELTIME}: HeidelTime only, on every sentence, its values read and corrected by
 *       {@link HeidelTimeReading} (for comparison; slower and less precise, docs/accuracy.md).</li>
 *   <li>{@link #BOTH}: the rules, completed by the HeidelTime expressions no rule found, on the
 *       sentences that can yield an event (those the coder parses), where a date matters.</li>
 * </ul>
 */
public enum TimeTaggerMode {
    RULES, HEIDELTIME, BOTH;

    /** "rules", "heideltime" or "both", any case. */
    public static Optional<TimeTaggerMode> parse(String text) {
        for (TimeTaggerMode m : values()) {
            if (m.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
