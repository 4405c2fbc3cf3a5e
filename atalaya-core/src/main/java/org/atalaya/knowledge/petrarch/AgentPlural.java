package org.atalaya.knowledge.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * The plural rule of an agent: {@code REGULAR} when no braces are given (PETRARCH adds S, IES
 * after Y, ES after S), {@code NONE} for {@code {}} ("police": singular and plural are the same or
 * only one exists), {@code GIVEN} for {@code {ATTORNEYS_GENERAL}} with the forms as written.
 */
public record AgentPlural(Kind kind, List<String> forms) {
    public enum Kind { REGULAR, NONE, GIVEN }

    public static final AgentPlural REGULAR = new AgentPlural(Kind.REGULAR, List.of());
    public static final AgentPlural NONE = new AgentPlural(Kind.NONE, List.of());

    public AgentPlural {
        Objects.requireNonNull(kind, "kind");
        forms = List.copyOf(forms);
        if ((kind == Kind.GIVEN) == forms.isEmpty()) {
            throw new IllegalArgumentException("only GIVEN plurals list forms: " + kind + " " + forms);
        }
    }
}
