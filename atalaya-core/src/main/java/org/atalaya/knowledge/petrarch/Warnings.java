package org.atalaya.knowledge.petrarch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects the warnings of one file while it is read; readers never print or throw for a bad line. */
final class Warnings {
    private final String file;
    private final List<DictionaryWarning> list = new ArrayList<>();
    private final Set<String> onceKinds = new HashSet<>();

    Warnings(String file) {
        this.file = file;
    }

    void add(int line, String kind, String detail) {
        list.add(new DictionaryWarning(file, line, kind + ": " + detail));
    }

    /** For constructs Atalaya keeps as raw text: one warning per kind and file, not one per line. */
    void once(int line, String kind, String detail) {
        if (onceKinds.add(kind)) {
            add(line, kind, detail);
        }
    }

    void addAll(List<DictionaryWarning> warnings) {
        list.addAll(warnings);
    }

    /** In line order (stable, so warnings of one line keep the order they were found in). */
    List<DictionaryWarning> toList() {
        List<DictionaryWarning> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(DictionaryWarning::line));
        return List.copyOf(sorted);
    }
}
