package org.atalaya.time;

import java.util.Objects;
import org.atalaya.model.Span;

/**
 * A time expression found in a sentence but not yet given a date. Finding needs no document date or
 * anchor; the caller resolves each one with {@link TemporalTagger#resolve} once it knows the tense of
 * the predicate and the date the discourse was last talking about. A separate type (rather than a
 * {@link TimeMention} with a placeholder date) so that an unresolved date cannot leak into an event.
 *
 * @param span       offsets in the article text ({@code [begin, end)}, UTF-16)
 * @param text       the expression as written
 * @param expression  what the expression means, independent of any anchor
 * @param attributive the expression modifies a noun rather than the predicate ("las declaraciones del 9 de
 *                    noviembre de 2020", "el Tratado ... de 1997", "the treaty of 1997"): it dates that
 *                    thing, rarely the sentence's event, and should not become the discourse anchor
 */
public record FoundTime(Span span, String text, TimeExpression expression, boolean attributive) {
    public FoundTime {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(expression, "expression");
    }

    public TimeKind kind() {
        return expression.kind();
    }

    /** True when the date depends on the discourse anchor rather than on the document date. */
    public boolean anchorRelative() {
        return expression.anchorRelative();
    }
}
