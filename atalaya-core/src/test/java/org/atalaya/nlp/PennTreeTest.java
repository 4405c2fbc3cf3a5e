package org.atalaya.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PennTreeTest {
    @Test
    void readsABracketedTreeWhateverItsLayout() {
        PennTree t = PennTree.parse("(ROOT (S  \n  (NP (NNP Arnor)\n  )\n (VP (VBZ is)) (. .)) )");
        assertThat(t.label()).isEqualTo("ROOT");
        assertThat(t.leaves()).extracting(PennTree::label).containsExactly("Arnor", "is", ".");
        assertThat(t.leaves()).extracting(PennTree::token).containsExactly(0, 1, 2);
        assertThat(t.toString()).isEqualTo("(ROOT (S (NP (NNP Arnor)) (VP (VBZ is)) (. .)))");
    }

    @Test
    void anUnlabelledOuterPairIsTheRoot() {
        assertThat(PennTree.parse("( (S (NP (PRP It))))").label()).isEqualTo("ROOT");
    }

    @Test
    void unbalancedBracketsAreAnErrorWithTheOffset() {
        assertThatThrownBy(() -> PennTree.parse("(ROOT (S (NP (NNP Arnor))"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never closed");
        assertThatThrownBy(() -> PennTree.parse("(ROOT (NNP Arnor)))"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text after the tree at offset 18");
    }
}
