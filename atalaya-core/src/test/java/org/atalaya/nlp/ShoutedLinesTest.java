package org.atalaya.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShoutedLinesTest {
    @Test
    void aHeadlineInCapitalsIsLowerCasedAndKeepsItsLength() {
        String text = "COLONOS CORTAN LA CARRETERA DE JERICO\nLos colonos cortaron la carretera.";
        String lowered = ShoutedLines.lower(text);
        assertThat(lowered).isEqualTo("colonos cortan la carretera de jerico\nLos colonos cortaron la carretera.");
        assertThat(lowered).hasSameSizeAs(text);
    }

    @Test
    void mixedCaseAndShortAcronymLinesAreLeftAlone() {
        assertThat(ShoutedLines.lower("La ONU y la OTAN hablaron con EEUU.")).isEqualTo("La ONU y la OTAN hablaron con EEUU.");
        assertThat(ShoutedLines.lower("AFP EEUU\nTexto.")).isEqualTo("AFP EEUU\nTexto.");
    }

    @Test
    void accentedCapitalsAreLowerCasedOneCharForOne() {
        String text = "PROTESTA EN BOGOTÁ POR LA REFORMA AGRARIA";
        assertThat(ShoutedLines.lower(text)).isEqualTo("protesta en bogotá por la reforma agraria");
    }
}
