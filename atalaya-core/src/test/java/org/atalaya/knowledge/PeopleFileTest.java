package org.atalaya.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleFileTest {
    private static final PeopleFile BUILT_IN = PeopleFile.builtIn();
    private static final String PEOPLE = "id\tnames\tnote\n"
            + "pashinyan-nikol\tNikol Pashinyan|Pashinián\t\n"
            + "putin-vladimir\tVladimir Putin|Putin\t\n";

    @TempDir
    Path dir;

    @Test
    void builtInCoversEightyCountriesWithAThousandRoles() {
        Set<String> countries = BUILT_IN.roles().stream().map(Role::country)
                .filter(c -> !c.equals("IGO")).collect(Collectors.toSet());
        assertThat(countries).hasSizeGreaterThanOrEqualTo(80);
        assertThat(BUILT_IN.roles()).hasSizeGreaterThanOrEqualTo(1_000);
        assertThat(countries).contains("ARM", "RUS", "TJK", "USA", "COL", "ARG", "CAN", "JAM", "CHN", "AUS");
    }

    @Test
    void everyPersonHoldsARole() {
        assertThat(BUILT_IN.people()).allSatisfy(p -> assertThat(BUILT_IN.rolesOf(p.id())).isNotEmpty());
    }

    @Test
    void namesAreFoundWithOrWithoutAccents() {
        assertThat(ids("Pashinián")).containsExactly("pashinyan-nikol");
        assertThat(ids("PASHINIAN")).containsExactly("pashinyan-nikol");
        assertThat(ids(NameKey.of("Vladímir Putin"))).containsExactly("putin-vladimir");
        assertThat(ids("putin")).containsExactly("putin-vladimir");
        assertThat(ids("Alíev")).containsExactly("aliyev-ilham");
        assertThat(ids("Emomali Rajmón")).containsExactly("rahmon-emomali");
        assertThat(ids("Sirojiddin Muhriddin")).containsExactly("muhriddin-sirojiddin");
        assertThat(ids("Bush")).isEmpty();
    }

    @Test
    void aSharedNameReturnsEveryBearer() {
        // the Spanish prime minister and a Colombian defence minister (2025-) share the name
        assertThat(ids("Pedro Sánchez")).containsExactlyInAnyOrder("sanchez-pedro", "sanchez-suarez-pedro-arnulfo");
    }

    @Test
    void rowsKeepTheirFileAndLine() {
        Role first = BUILT_IN.rolesOf("pashinyan-nikol").get(0);
        assertThat(first.ref()).matches("actors/roles\\.tsv:\\d+");
        assertThat(BUILT_IN.person("pashinyan-nikol").orElseThrow().ref()).matches("actors/people\\.tsv:\\d+");
    }

    @Test
    void badDateNamesFileAndLine() throws IOException {
        Path roles = write("roles.tsv", "# comment\nperson\tcode\tstart\tend\trole\n"
                + "pashinyan-nikol\tARMGOV\t2018-05-08\t\tPrime Minister\n"
                + "putin-vladimir\tRUSGOV\t2012-13-07\t\tPresident\n");
        assertThatThrownBy(() -> load(roles))
                .isInstanceOf(KnowledgeFormatException.class)
                .hasMessageStartingWith(roles + ":4:")
                .hasMessageContaining("start '2012-13-07'");
    }

    @Test
    void unknownPersonIsAnError() throws IOException {
        Path roles = write("roles.tsv", "person\tcode\tstart\tend\trole\n"
                + "medvedev-dmitry\tRUSGOV\t2008-05-07\t2012-05-07\tPresident\n");
        assertThatThrownBy(() -> load(roles)).hasMessageStartingWith(roles + ":2:").hasMessageContaining("unknown person");
    }

    @Test
    void endBeforeStartIsAnError() throws IOException {
        Path roles = write("roles.tsv", "person\tcode\tstart\tend\trole\n"
                + "putin-vladimir\tRUSGOV\t2008-05-07\t2008-05-06\tPrime Minister\n");
        assertThatThrownBy(() -> load(roles)).hasMessageStartingWith(roles + ":2:").hasMessageContaining("before start");
    }

    @Test
    void badCodeShapeIsAnError() throws IOException {
        Path roles = write("roles.tsv", "person\tcode\tstart\tend\trole\n"
                + "putin-vladimir\tRUSGO\t2008-05-08\t\tPrime Minister\n");
        assertThatThrownBy(() -> load(roles)).hasMessageStartingWith(roles + ":2:").hasMessageContaining("RUSGO");
    }

    @Test
    void duplicatePersonIdIsAnError() throws IOException {
        Path people = write("people.tsv", PEOPLE + "putin-vladimir\tV. Putin\t\n");
        assertThatThrownBy(() -> PeopleFile.load(TsvTable.file(people), List.of()))
                .hasMessageStartingWith(people + ":4:").hasMessageContaining("duplicate");
    }

    @Test
    void overlapOfTheSameCodeIsAnErrorButAHandoverDayIsNot() throws IOException {
        Path handover = write("ok.tsv", "person\tcode\tstart\tend\trole\n"
                + "putin-vladimir\tRUSGOV\t2008-05-08\t2012-05-07\tPrime Minister\n"
                + "putin-vladimir\tRUSGOV\t2012-05-07\t\tPresident\n"
                + "putin-vladimir\tIGOUNO\t2010-01-01\t2011-01-01\tother code, may overlap\n");
        assertThat(load(handover).rolesOf("putin-vladimir")).hasSize(3);

        Path overlap = write("bad.tsv", "person\tcode\tstart\tend\trole\n"
                + "putin-vladimir\tRUSGOV\t2012-05-07\t\tPresident\n"
                + "putin-vladimir\tRUSGOV\t2008-05-08\t2012-05-08\tPrime Minister\n");
        assertThatThrownBy(() -> load(overlap)).hasMessageStartingWith(overlap + ":3:").hasMessageContaining("overlaps");
    }

    private PeopleFile load(Path roles) throws IOException {
        return PeopleFile.load(TsvTable.file(write("people.tsv", PEOPLE)), TsvTable.file(roles));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> ids(String name) {
        return BUILT_IN.byName(name).stream().map(Person::id).toList();
    }
}
