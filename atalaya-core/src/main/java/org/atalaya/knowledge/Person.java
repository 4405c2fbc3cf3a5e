package org.atalaya.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * A person of actors/people.tsv. {@code names} holds every spelling seen in the press (the first is
 * the display name); {@code ref} is the "file:line" that events cite.
 */
public record Person(String id, List<String> names, String ref) {
    public Person {
        Objects.requireNonNull(id, "id");
        names = List.copyOf(names);
        Objects.requireNonNull(ref, "ref");
        if (names.isEmpty()) {
            throw new IllegalArgumentException("person " + id + " has no names");
        }
    }

    public String displayName() {
        return names.get(0);
    }
}
