package org.atalaya.knowledge.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a discard list (Phoenix.discards.txt): one phrase per line, {@code +} for whole-story discards. */
public final class PetrarchDiscardReader {
    private PetrarchDiscardReader() {
    }

    public static PetrarchDiscardFile read(Path path) {
        return read(DictionaryLines.read(path));
    }

    public static PetrarchDiscardFile read(DictionarySource source) {
        Warnings warnings = new Warnings(source.file());
        warnings.addAll(source.warnings());
        List<PetrarchDiscard> discards = new ArrayList<>();
        for (SourceLine sl : source.lines()) {
            String t = sl.trimmed();
            if (t.isEmpty()) {
                continue;
            }
            boolean story = t.startsWith("+");
            PetrarchPhrase phrase = PetrarchPhrase.parse(story ? t.substring(1) : t);
            if (phrase.isEmpty()) {
                warnings.add(sl.number(), "empty-phrase", "discard line has no phrase; ignored");
                continue;
            }
            PhraseChecks.check(phrase.text(), sl.number(), warnings);
            discards.add(new PetrarchDiscard(phrase, story, source.file(), sl.number()));
        }
        return new PetrarchDiscardFile(source.file(), source.sha256(), discards, warnings.toList());
    }
}
