package org.atalaya.store.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Generates Spanish-like news articles (JSONL) for benchmarks and crash tests: wire-style sentences
 * of about 40 words naming countries and political verbs, so a coder finds events in them. The same
 * seed always gives the same bytes.
 */
public final class SpanishCorpus {
    private static final String[] COUNTRIES = {"Armenia", "Rusia", "Azerbaiyán", "Turquía", "Irán", "Georgia"};
    private static final String[] OFFICIALS = {"El primer ministro de", "El canciller de", "El presidente de",
        "El ministro de Defensa de", "La portavoz del Gobierno de"};
    private static final String[] VERBS = {"pidió", "visitó", "ayudó", "criticó", "atacó"};
    private static final String[] OBJECTS = {"asistencia militar", "una reunión urgente", "la retirada de las tropas",
        "un acuerdo de alto el fuego", "ayuda humanitaria para los desplazados"};
    private static final String[] FILLER = {"según informó la agencia estatal en un comunicado difundido por la noche",
        "de acuerdo con fuentes diplomáticas consultadas por este periódico",
        "tras una sesión extraordinaria del consejo de seguridad celebrada en la capital",
        "en el marco del tratado de amistad, cooperación y asistencia mutua firmado en 1997",
        "mientras continúan las tensiones en la frontera común desde el pasado mes de mayo"};
    private static final String[] PLACES = {"en Syunik", "en Ereván", "en Bakú", "en Moscú", "en la frontera"};

    private SpanishCorpus() {
    }

    /** Writes {@code n} articles to {@code file}, one JSON object per line. */
    public static void write(Path file, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                w.write(line(i, random));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write corpus " + file, e);
        }
    }

    static String line(int i, SplittableRandom random) throws IOException {
        StringBuilder text = new StringBuilder();
        String a = pick(COUNTRIES, random);
        String b = pick(COUNTRIES, random);
        text.append(a).append(' ').append(pick(VERBS, random)).append(" a ").append(b).append(' ')
                .append(pick(OBJECTS, random)).append('\n');
        int sentences = 5 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            text.append(pick(OFFICIALS, random)).append(' ').append(pick(COUNTRIES, random)).append(' ')
                    .append(pick(VERBS, random)).append(random.nextInt(3) == 0 ? " ayer" : "").append(" a ")
                    .append(pick(COUNTRIES, random)).append(' ').append(pick(OBJECTS, random)).append(' ')
                    .append(pick(PLACES, random)).append(", ").append(pick(FILLER, random)).append(". ");
        }
        LocalDate published = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(365));
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", String.format("bench-%07d", i));
            g.writeStringField("text", text.toString().strip());
            g.writeStringField("title", text.substring(0, text.indexOf("\n")));
            g.writeStringField("published", published.toString());
            g.writeStringField("lang", "es");
            g.writeStringField("url", "https://example.org/noticias/" + i);
            g.writeStringField("source", "Agencia " + (1 + random.nextInt(5)));
            g.writeEndObject();
        }
        return out.toString();
    }

    private static String pick(String[] options, SplittableRandom random) {
        return options[random.nextInt(options.length)];
    }
}
