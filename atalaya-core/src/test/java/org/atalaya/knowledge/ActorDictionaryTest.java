package org.atalaya.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {
    private static final ActorEntry WHO = new ActorEntry(ActorEntry.Kind.IGO, "IGOUNOHLHWHO", Optional.empty(), List.of(),
            "World Health Organization", Optional.empty(), "actors/igos.tsv:34");

    @Test
    void anAcronymMatchesOnlyWhenWrittenInCapitals() {
        ActorDictionary d = new ActorDictionary();
        d.addAcronym("WHO", WHO);
        assertThat(d.lookup("who", "WHO")).containsExactly(WHO);
        assertThat(d.lookup("who", "who")).isEmpty();
        assertThat(d.lookup("who", "Who")).isEmpty();
        // the plain lookup still lists it, for tools that explain names
        assertThat(d.lookup("who")).containsExactly(WHO);
    }

    @Test
    void longAcronymsAndNamesWithLowerCaseLettersAreOrdinaryNames() {
        ActorDictionary d = new ActorDictionary();
        d.addAcronym("MERCOSUR", WHO);
        d.addAcronym("Europol", WHO);
        assertThat(d.lookup("mercosur", "Mercosur")).containsExactly(WHO);
        assertThat(d.lookup("europol", "europol")).containsExactly(WHO);
    }

    @Test
    void copiesKeepAcronyms() {
        ActorDictionary d = new ActorDictionary();
        d.addAcronym("U.N.", WHO);
        ActorDictionary copy = d.copy();
        assertThat(copy.lookup(NameKey.of("U.N."), "U.N.")).containsExactly(WHO);
        ActorDictionary other = new ActorDictionary();
        other.addAll(d);
        assertThat(other.lookup(NameKey.of("U.N."), "u.n.")).isEmpty();
    }
}
