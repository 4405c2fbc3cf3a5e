package org.atalaya.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.atalaya.model.Article;
import org.atalaya.model.Language;

/**
 * Generates realistic Spanish wire-style articles for benchmarks: a headline and eight body
 * sentences of news length (25-50 words), about half of which report an act between actors and the
 * rest are background, quotes and figures, as in real copy. Deterministic for a seed.
 */
final class SpanishNewsGenerator {
    private static final String[][] COUNTRIES = {{"Colombia", "colombiano"}, {"Venezuela", "venezolano"},
            {"Ecuador", "ecuatoriano"}, {"Perú", "peruano"}, {"Bolivia", "boliviano"}, {"Chile", "chileno"},
            {"Argentina", "argentino"}, {"Brasil", "brasileño"}, {"México", "mexicano"}, {"Rusia", "ruso"},
            {"Armenia", "armenio"}, {"Azerbaiyán", "azerbaiyano"}, {"Ucrania", "ucraniano"}, {"España", "español"}};
    private static final String[] ACTS = {
            "%s pidió ayuda humanitaria a %s tras las inundaciones que afectaron a varias regiones del país durante la última semana",
            "El presidente de %s se reunió en la capital con el canciller de %s para revisar la agenda bilateral de comercio y seguridad",
            "El gobierno de %s condenó el ataque contra una patrulla fronteriza y acusó a %s de no controlar a los grupos armados",
            "Soldados de %s atacaron un puesto militar de %s cerca de la frontera, según fuentes oficiales consultadas por la agencia",
            "%s firmó un acuerdo de cooperación energética con %s que prevé inversiones conjuntas durante los próximos diez años",
            "La policía de %s detuvo a varios ciudadanos de %s acusados de contrabando de combustible en la zona fronteriza",
            "El canciller de %s conversó por teléfono con su homólogo de %s sobre la situación de los migrantes en la región",
            "%s amenazó con imponer sanciones a %s si no libera a los detenidos antes del fin de mes"};
    private static final String[] BACKGROUND = {
            "La economía de la región creció un 2,4 por ciento el año pasado, según datos del banco central publicados el lunes",
            "Los analistas consultados coinciden en que la situación seguirá siendo tensa durante las próximas semanas",
            "Miles de personas siguieron la transmisión del acto, que se prolongó durante más de tres horas en la plaza principal",
            "El informe anual del organismo señala que la inflación se mantuvo por encima de las previsiones iniciales",
            "La temporada de lluvias comenzó antes de lo previsto y obligó a suspender las clases en varias provincias del sur",
            "Según el último censo, la población de la zona supera los dos millones de habitantes, en su mayoría jóvenes"};

    private final Random random;

    SpanishNewsGenerator(long seed) {
        this.random = new Random(seed);
    }

    List<Article> generate(int count) {
        List<Article> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(article(i));
        }
        return out;
    }

    private Article article(int n) {
        StringBuilder text = new StringBuilder();
        String[] a = COUNTRIES[random.nextInt(COUNTRIES.length)];
        String[] b = COUNTRIES[random.nextInt(COUNTRIES.length)];
        text.append(a[0]).append(" y ").append(b[0]).append(" elevan la tensión diplomática en la región\n");
        for (int s = 0; s < 8; s++) {
            String sentence;
            if (random.nextBoolean()) {
                String[] x = COUNTRIES[random.nextInt(COUNTRIES.length)];
                String[] y = COUNTRIES[random.nextInt(COUNTRIES.length)];
                sentence = String.format(ACTS[random.nextInt(ACTS.length)], x[0], y[0]);
            } else {
                sentence = BACKGROUND[random.nextInt(BACKGROUND.length)];
            }
            text.append(sentence).append(random.nextInt(4) == 0 ? ", informó el martes la agencia oficial. " : ". ");
            if (s % 3 == 2) {
                text.append('\n');
            }
        }
        LocalDate published = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
        return new Article("bench-" + n, text.toString().strip(), Optional.empty(), Optional.of(published),
                Optional.of(Language.ES), Optional.empty(), Optional.empty(), "generated:" + n);
    }
}
