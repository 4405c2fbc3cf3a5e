package org.atalaya.knowledge.phoenix;

import java.util.List;

/**
 * One element of a PETRARCH-2 verb pattern ({@code - [pre-verb] * [post-verb] [CODE]}), as
 * {@link PatternParser} reads it: a plain word (or {@code A_B}, consecutive words), a synset
 * reference ({@code &FOOD}), a braced noun phrase ({@code {FINANCIAL AID}}, head last), a
 * parenthesised prepositional phrase ({@code (FOR {FINANCIAL AID})}, preposition first) or a role
 * marker ({@code $} source, {@code +} target, {@code %} compound actor, {@code ^} skip).
 */
sealed interface PatternElement {
    /** Consecutive words written as one token, lower case. */
    record Word(List<String> words) implements PatternElement {
        public Word {
            words = List.copyOf(words);
        }
    }

    /** A synset reference such as {@code &FOOD}; the name keeps its {@code &}. */
    record SynsetRef(String name) implements PatternElement {
    }

    /** {@code {…}}: words and synsets of one noun phrase. */
    record NounPhrase(List<PatternElement> items) implements PatternElement {
        public NounPhrase {
            items = List.copyOf(items);
        }
    }

    /** {@code (PREP …)}: the preposition and what follows it inside the parentheses (maybe nothing). */
    record PrepPhrase(String preposition, List<PatternElement> object) implements PatternElement {
        public PrepPhrase {
            object = List.copyOf(object);
        }
    }

    /** {@code $ + % ^}. */
    record Marker(char symbol) implements PatternElement {
    }
}
