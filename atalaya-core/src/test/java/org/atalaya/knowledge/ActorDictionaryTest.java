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
    void aHyphenatedNameIsAlsoKnownAsTheTokenizerSplitsIt() {
        ActorDictionary d = new ActorDictionary();
        d.add("Al-Qaeda-Linked Group", WHO);
        assertThat(d.lookup("al-qaeda-linked group")).containsExactly(WHO);
        assertThat(d.lookup("al - qaeda - linked group")).containsExactly(WHO);
        assertThat(d.maxTokens()).isEqualTo(6);
        // a hyphen that does not join two letters is left alone
        d.add("MS-13", WHO);
        assertThat(d.lookup("ms-13")).containsExactly(WHO);
        assertThat(d.lookup("ms - 13")).isEmpty();
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
