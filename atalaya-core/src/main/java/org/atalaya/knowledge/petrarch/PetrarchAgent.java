package org.atalaya.knowledge.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * One agent line, e.g. {@code CONGRESS!PERSON! [~LEG]}. {@code text} is the phrase as written;
 * {@code phrases} are the phrases it stands for once its {@code !MARKER!}s are replaced by every
 * value of their substitution set (one phrase when there is no marker). Substituted phrases get no
 * plural of their own (PETRARCH's rule); the others follow {@code plural}.
 *
 * <p>{@code code} is as written, with its {@code ~}: {@code ~GOV} is appended after the actor code,
 * {@code NGO~} is put before it.
 */
public record PetrarchAgent(String text, List<PetrarchPhrase> phrases, AgentPlural plural, String code,
                            String file, int line) {
    public PetrarchAgent {
        Objects.requireNonNull(text, "text");
        phrases = List.copyOf(phrases);
        Objects.requireNonNull(plural, "plural");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(file, "file");
    }

    /** The code without its {@code ~}. */
    public String sector() {
        return code.replace("~", "");
    }

    /** {@code NGO~}: the agent code goes before the actor code instead of after it. */
    public boolean beforeActor() {
        return code.endsWith("~") && !code.startsWith("~");
    }

    public boolean substituted() {
        return text.indexOf('!') >= 0;
    }

    public String ref() {
        return file + ":" + line;
    }
}
