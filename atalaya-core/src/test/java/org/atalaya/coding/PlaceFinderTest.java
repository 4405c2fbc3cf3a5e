package org.atalaya.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.atalaya.model.Span;
import org.atalaya.nlp.Token;
import org.atalaya.place.Gazetteer;
import org.atalaya.place.PlaceResolver;
import org.junit.jupiter.api.Test;

/** Sentences tokenised by hand: "word/UPOS/NER/tag", UPOS PROPN or X, NER O or LOCATION, tag "_" or a dictionary tag. */
class PlaceFinderTest {
    private static final PlaceFinder FINDER = new PlaceFinder(Gazetteer.builtIn(), new PlaceResolver(Gazetteer.builtIn()));

    private static List<String> find(String annotated) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String part : annotated.split(" ")) {
            String[] f = part.split("/");
            if (text.length() > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(f[0]);
            tokens.add(new Token(tokens.size(), f[0], f[0], f.length > 1 ? f[1] : "X", f.length > 2 ? f[2] : "O",
                    f.length > 3 ? f[3] : "_", new Span(begin, text.length())));
        }
        return FINDER.find(tokens, text.toString(), Set.of()).stream()
                .map(m -> m.text() + "=" + m.country().orElse("?")).toList();
    }

    @Test
    void aTownThatIsPartOfAPersonOrBodyNameIsNoPlace() {
        assertThat(find("el presidente Hugo/PROPN Chávez/PROPN llegó a Caracas/PROPN")).containsExactly("Caracas=VEN");
        assertThat(find("los diputados del Partido/PROPN Liberal/PROPN de Colombia/PROPN")).containsExactly("Colombia=COL");
        assertThat(find("en Medellín/PROPN S.A./PROPN")).containsExactly("Medellín=COL");
    }

    @Test
    void acronymsAndCommonWordsTakeOnlyWellKnownPlaces() {
        assertThat(find("según la ONU/PROPN , condenada en Lima/PROPN la ley")).containsExactly("Lima=PER");
        assertThat(find("amenazaron al pastor de Verishen/PROPN/PERSON")).containsExactly("Verishen=ARM");
        assertThat(find("el ministro de Defensa/PROPN/O/NCFS000 viajó a Concepción/PROPN/O/NCFS000"))
                .containsExactly("Concepción=CHL");
        assertThat(find("llegaron a EEUU/PROPN")).containsExactly("EEUU=USA");
        assertThat(find("los puertos de Bilbao/PROPN , Pasajes/PROPN/O/NCMP000 y Bermeo/PROPN/PERSON"))
                .containsExactly("Bilbao=ESP", "Pasajes=ESP", "Bermeo=ESP");
        assertThat(find("el sindicato petrolero en Trinidad/PROPN/O/NCFS000")).hasSize(1);
    }

    @Test
    void aLocationEntityLongerThanAGazetteerNameIsThatPlace() {
        assertThat(find("a orillas del Río/PROPN/LOCATION Pamplonita/PROPN/LOCATION"))
                .containsExactly("Río Pamplonita=?");
        assertThat(find("en la Ciudad/PROPN/LOCATION Vieja/PROPN/LOCATION de/X/LOCATION Montevideo/PROPN/LOCATION"))
                .containsExactly("Ciudad Vieja de Montevideo=URY");
        assertThat(find("del presidente de Colombia/PROPN/LOCATION Ernesto/PROPN Samper/PROPN"))
                .containsExactly("Colombia=COL");
    }

    @Test
    void headlinesInCapitalsTakeNamesThatAreNoCommonWordsOrAreWellKnown() {
        assertThat(find("HUELGA/X/O/NCFS000 EN/X/O/SP LA/X/O/DA PAZ/X/O/NCFS000 Y/X/O/CC HENDAYA/X/O/_ PARA/X/O/SP "
                + "CHILE/X/O/NCMS000 POR/X/O/SP TORRES/X/O/NCFP000"))
                .containsExactly("LA PAZ=BOL", "HENDAYA=FRA", "CHILE=CHL");
    }

    @Test
    void atTheStartOfASentenceAOneWordCommonNounIsNoPlaceButATwoWordNameIs() {
        assertThat(find("Victoria/X para los trabajadores")).isEmpty();
        assertThat(find("La/X Paz/PROPN amaneció bloqueada")).containsExactly("La Paz=BOL");
    }
}
