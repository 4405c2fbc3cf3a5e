package org.atalaya.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One data line of a curated TSV knowledge file. {@link #ref()} ("file:line") is what events cite
 * in {@code evidence.rule}, so a person can open the entry that produced a code.
 */
public record TsvRow(String file, int line, Map<String, Integer> columns, List<String> cells) {

    public String ref() {
        return file + ":" + line;
    }

    /** The value of a required column; a missing or empty value is a format error naming the line. */
    public String get(String column) {
        String value = optional(column).orElse("");
        if (value.isEmpty()) {
            throw error("column '" + column + "' is empty");
        }
        return value;
    }

    public Optional<String> optional(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            throw error("file has no column '" + column + "'");
        }
        if (index >= cells.size()) {
            return Optional.empty();
        }
        String value = cells.get(index).trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** A {@code |}-separated list column; empty when the cell is empty. */
    public List<String> list(String column) {
        return optional(column)
                .map(v -> Arrays.stream(v.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    public KnowledgeFormatException error(String message) {
        return new KnowledgeFormatException(file, line, message);
    }
}
