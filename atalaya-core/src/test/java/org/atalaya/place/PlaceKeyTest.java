package org.atalaya.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PlaceKeyTest {
    @Test
    void foldsCaseAccentsApostrophesAndSeparators() {
        assertThat(PlaceKey.of("Geghark'unik'")).isEqualTo("gegharkunik");
        assertThat(PlaceKey.of("Syunik’")).isEqualTo("syunik");
        assertThat(PlaceKey.of("  Nagorno-Karabakh ")).isEqualTo("nagorno karabakh");
        assertThat(PlaceKey.of("Nagorno – Karabakh")).isEqualTo("nagorno karabakh");
        assertThat(PlaceKey.of("EREVÁN")).isEqualTo("erevan");
        assertThat(PlaceKey.of("Xızı")).isEqualTo("xizi");
        assertThat(PlaceKey.of("İmişli")).isEqualTo("imisli");
        assertThat(PlaceKey.of("Łódź")).isEqualTo("lodz");
        assertThat(PlaceKey.of("Washington, D.C.")).isEqualTo("washington dc");
        assertThat(PlaceKey.of("Ere\u0301va\u0301n")).isEqualTo("erevan");   // already decomposed
        assertThat(PlaceKey.of("-")).isEmpty();
    }

    @Test
    void designatorsAroundRegionNamesAreRecognised() {
        assertThat(PlaceKey.withoutDesignator("huila department")).isEqualTo("huila");
        assertThat(PlaceKey.withoutDesignator("provincia de syunik")).isEqualTo("syunik");
        assertThat(PlaceKey.withoutDesignator("syunik")).isEqualTo("syunik");
    }

    /** The loader's byte path must give exactly the key that queries get from {@link PlaceKey#of}. */
    @Test
    void byteKeysEqualStringKeysForEveryBuiltInName() {
        Gazetteer g = Gazetteer.builtIn();
        byte[] buffer = new byte[512];
        int checked = 0;
        for (String sample : new String[] {"Ereván", "Şuşa", "Xankǝndi", "Łódź", "Ærøskøbing", "Hà Nội", "北京",
            "Straße", "Qaragöl", "Geghark'unik'", "Ere\u0301va\u0301n", "a\u00a0b", "𝔘nicode"}) {
            assertSame(sample, buffer);
            checked++;
        }
        // and every name of some entries across the file
        for (String probe : new String[] {"Syunik", "Madrid", "London", "Córdoba", "Moscow", "Verishen"}) {
            for (PlaceEntry e : g.lookup(probe)) {
                assertSame(e.name(), buffer);
                e.names().forEach(n -> assertSame(n, buffer));
                checked += 1 + e.names().size();
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    private static void assertSame(String name, byte[] buffer) {
        int n = PlaceKey.utf8(name, 0, name.length(), buffer);
        assertThat(Arrays.copyOf(buffer, n)).as(name).isEqualTo(PlaceKey.of(name).getBytes(StandardCharsets.UTF_8));
    }
}
