package org.atalaya.time;

import java.util.Objects;

/**
 * One TIMEX3 HeidelTime found: {@code [begin, end)} in the text it was given, the words, the TimeML
 * type (DATE, TIME, DURATION, SET) and the normalised value ("2021-05-12", "2021-W17", "PAST_REF").
 */
public record Timex(int begin, int end, String text, String type, String value) {
    public Timex {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
