package org.atalaya.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a benchmark corpus of Spanish wire-style news as JSONL.gz: a headline and eight body
 * sentences of news length about Latin American and post-Soviet governments (leaders named with
 * their titles, as agencies write them), about half reporting an act between two of them and the rest
 * background, figures and quotes, with day names and dates the temporal tagger has to resolve.
 * Deterministic for a seed, so two machines benchmark the same text.
 *
 * <p>{@code java -cp atalaya-spark-job.jar org.atalaya.spark.SpanishCorpus COUNT FILE.jsonl.gz [SEED]}
 */
public final class SpanishCorpus {
    /** Country, its leader as the press names them, and its people. */
    private record Actor(String country, String leader, String demonym) {
    }

    private static final Actor[] ACTORS = {
        new Actor("Colombia", "el presidente colombiano, Gustavo Petro,", "colombianos"),
        new Actor("Venezuela", "el presidente venezolano, Nicolás Maduro,", "venezolanos"),
        new Actor("Ecuador", "el presidente ecuatoriano, Daniel Noboa,", "ecuatorianos"),
        new Actor("Perú", "la presidenta peruana, Dina Boluarte,", "peruanos"),
        new Actor("Bolivia", "el presidente boliviano, Luis Arce,", "bolivianos"),
        new Actor("Chile", "el presidente chileno, Gabriel Boric,", "chilenos"),
        new Actor("Argentina", "el presidente argentino, Javier Milei,", "argentinos"),
        new Actor("Brasil", "el presidente brasileño, Luiz Inácio Lula da Silva,", "brasileños"),
        new Actor("México", "la presidenta mexicana, Claudia Sheinbaum,", "mexicanos"),
        new Actor("Rusia", "el presidente ruso, Vladimir Putin,", "rusos"),
        new Actor("Armenia", "el primer ministro armenio, Nikol Pashinyan,", "armenios"),
        new Actor("Azerbaiyán", "el presidente azerbaiyano, Ilham Aliyev,", "azerbaiyanos"),
        new Actor("Ucrania", "el presidente ucraniano, Volodímir Zelenski,", "ucranianos"),
        new Actor("Bielorrusia", "el presidente bielorruso, Alexander Lukashenko,", "bielorrusos"),
        new Actor("Kazajistán", "el presidente kazajo, Kassym-Jomart Tokayev,", "kazajos"),
        new Actor("Uzbekistán", "el presidente uzbeko, Shavkat Mirziyoyev,", "uzbekos"),
        new Actor("Tayikistán", "el presidente tayiko, Emomali Rahmon,", "tayikos")};

    /** Acts: %1$s the first actor's leader, %2$s the second country, %3$s its people, %4$s a day. */
    private static final String[] ACTS = {
        "%4$s, %1$s pidió ayuda humanitaria a %2$s tras las inundaciones que afectaron a varias regiones del norte del país",
        "%1$s se reunió %4$s con el canciller de %2$s para revisar la agenda bilateral de comercio, energía y seguridad fronteriza",
        "El gobierno de %2$s condenó %4$s el ataque contra una patrulla fronteriza, mientras %1$s negó cualquier responsabilidad",
        "%1$s acusó %4$s a %2$s de financiar a los grupos armados que operan en la frontera común desde hace meses",
        "Soldados de %2$s atacaron %4$s un puesto militar cerca de la frontera, según fuentes oficiales consultadas por la agencia",
        "%1$s firmó %4$s un acuerdo de cooperación energética con %2$s que prevé inversiones conjuntas durante los próximos diez años",
        "La policía detuvo %4$s a varios %3$s acusados de contrabando de combustible en la zona fronteriza, informó el ministerio",
        "%1$s conversó por teléfono %4$s con su homólogo de %2$s sobre la situación de los migrantes en la región",
        "%1$s amenazó %4$s con imponer sanciones a %2$s si no libera a los detenidos antes del fin de mes",
        "%1$s expulsó %4$s al embajador de %2$s y le dio setenta y dos horas para abandonar el país",
        "%1$s elogió %4$s la decisión de %2$s de reabrir los pasos fronterizos cerrados desde el año pasado",
        "%1$s rechazó %4$s las declaraciones del gobierno de %2$s y exigió una disculpa pública por los insultos"};

    private static final String[] BACKGROUND = {
        "La economía de la región creció un 2,4 por ciento el año pasado, según datos del banco central publicados esta semana",
        "Los analistas consultados coinciden en que la situación seguirá siendo tensa durante las próximas semanas",
        "Miles de personas siguieron la transmisión del acto, que se prolongó durante más de tres horas en la plaza principal",
        "El informe anual del organismo señala que la inflación se mantuvo por encima de las previsiones iniciales",
        "La temporada de lluvias comenzó antes de lo previsto y obligó a suspender las clases en varias provincias del sur",
        "Según el último censo, la población de la zona supera los dos millones de habitantes, en su mayoría jóvenes",
        "\"No vamos a aceptar presiones de nadie\", dijo un portavoz del partido de gobierno a los periodistas",
        "La frontera entre ambos países tiene más de dos mil kilómetros y atraviesa zonas de selva y montaña"};

    private static final String[] DAYS = {"el lunes", "el martes", "el miércoles", "el jueves", "el viernes",
        "ayer", "este domingo"};

    private final Random random;

    public SpanishCorpus(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SpanishCorpus COUNT FILE.jsonl.gz [SEED]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        Path file = Path.of(args[1]);
        try (Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
                StandardCharsets.UTF_8))) {
            new SpanishCorpus(seed).write(count, w);
        }
    }

    /** Writes {@code count} JSONL articles with id, title, text, published, lang and source. */
    public void write(int count, Writer out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 0; i < count; i++) {
            LocalDate published = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
            Actor a = pick(ACTORS);
            Actor b = other(a);
            String title = a.country() + " y " + b.country() + " elevan la tensión diplomática en la región";
            StringBuilder text = new StringBuilder(title).append('\n');
            for (int s = 0; s < 8; s++) {
                text.append(sentence()).append(random.nextInt(4) == 0 ? ", informó la agencia oficial. " : ". ");
                if (s % 3 == 2) {
                    text.setLength(text.length() - 1);
                    text.append('\n');
                }
            }
            ObjectNode n = mapper.createObjectNode();
            n.put("id", "bench-" + i);
            n.put("title", title);
            n.put("text", text.toString().strip());
            n.put("published", published.toString());
            n.put("lang", "es");
            n.put("source", "generated");
            out.write(mapper.writeValueAsString(n));
            out.write('\n');
        }
    }

    private String sentence() {
        if (random.nextBoolean()) {
            return BACKGROUND[random.nextInt(BACKGROUND.length)];
        }
        Actor x = pick(ACTORS);
        Actor y = other(x);
        String s = String.format(ACTS[random.nextInt(ACTS.length)], x.leader(), y.country(), y.demonym(),
                DAYS[random.nextInt(DAYS.length)]);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private Actor other(Actor a) {
        Actor b = pick(ACTORS);
        while (b == a) {
            b = pick(ACTORS);
        }
        return b;
    }

    private Actor pick(Actor[] actors) {
        return actors[random.nextInt(actors.length)];
    }
}
