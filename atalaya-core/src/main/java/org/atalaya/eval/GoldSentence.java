package org.atalaya.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One validation record. {@code text} is the record text with its layout line breaks collapsed to
 * single spaces (the files wrap sentences at about 70 columns; a coder that breaks sentences at
 * newlines would otherwise cut them apart). {@code conllu} is the gold UD parse when the record has
 * one; {@code penn} is the Penn Treebank tree the PETR-1 files carry instead. {@code evaluate} is
 * the record's {@code evaluate=}, {@code valid=} or {@code sentence=} flag, true when absent.
 * {@code settings} are the coder settings in force for the record (the PETR-1 files' {@code <Config>}
 * elements, which hold until changed), in the order they were last set.
 */
public record GoldSentence(String id, Optional<LocalDate> date, String category, boolean evaluate, String text,
                           List<GoldCoding> codings, List<GoldLocation> locations, Optional<String> conllu,
                           Optional<String> penn, Map<String, String> settings, String file, int line) {
    public GoldSentence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(text, "text");
        codings = List.copyOf(codings);
        locations = List.copyOf(locations);
        Objects.requireNonNull(conllu, "conllu");
        Objects.requireNonNull(penn, "penn");
        settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
        Objects.requireNonNull(file, "file");
        if (id.isBlank()) {
            throw new IllegalArgumentException("gold record without id at " + file + ":" + line);
        }
    }

    /** A record without a Penn Treebank tree. */
    public GoldSentence(String id, Optional<LocalDate> date, String category, boolean evaluate, String text,
                        List<GoldCoding> codings, List<GoldLocation> locations, Optional<String> conllu,
                        String file, int line) {
        this(id, date, category, evaluate, text, codings, locations, conllu, Optional.empty(), Map.of(), file, line);
    }

    /** The gold events proper, without no-events markers. */
    public List<GoldCoding> events() {
        return codings.stream().filter(c -> !c.noEvents()).toList();
    }

    /** True when the record says that nothing should be coded. */
    public boolean expectsNoEvents() {
        return events().isEmpty();
    }

    public String origin() {
        return file + ":" + line;
    }
}
