package org.atalaya.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.atalaya.model.ActorRef;
import org.atalaya.model.Article;
import org.atalaya.model.CoderStamp;
import org.atalaya.model.DateBasis;
import org.atalaya.model.EventRecord;
import org.atalaya.model.EventType;
import org.atalaya.model.Evidence;
import org.atalaya.model.Language;
import org.atalaya.model.Modality;
import org.atalaya.model.PlaceRef;
import org.atalaya.model.Plover;
import org.atalaya.model.Span;
import org.atalaya.pipeline.ArticleCoder;
import org.atalaya.pipeline.ArticleRejectedException;
import org.atalaya.pipeline.CodingResult;

/**
 * A deterministic stand-in for the real coder (tests only; CoreNLP takes 10 s a language to load):
 * per sentence, the first known country is the source and the second the target, a known verb gives
 * the CAMEO code, "ayer" moves the date a day back, "en PLACE" gives a located place. "RECHAZAR"
 * makes it refuse the article, as the real coder refuses an unknown language.
 */
final class FakeCoder implements ArticleCoder {
    static final CoderStamp STAMP = new CoderStamp("0.1.0-test", "sha256:fake-dictionaries-1");
    private static final Map<String, String> COUNTRIES = new LinkedHashMap<>();
    private static final Map<String, String[]> VERBS = new LinkedHashMap<>();
    private static final Map<String, double[]> PLACES = new LinkedHashMap<>();
    private static final Map<String, String> PLACE_COUNTRY = new LinkedHashMap<>();

    static {
        COUNTRIES.put("Armenia", "ARM");
        COUNTRIES.put("Rusia", "RUS");
        COUNTRIES.put("Azerbaiyán", "AZE");
        COUNTRIES.put("Turquía", "TUR");
        COUNTRIES.put("Irán", "IRN");
        VERBS.put("pidió", new String[] {"0232", "02", "Appeal for military aid", "3.4", "1", "REQUEST"});
        VERBS.put("visitó", new String[] {"042", "04", "Make a visit", "1.9", "1", "CONSULT"});
        VERBS.put("ayudó", new String[] {"070", "07", "Provide aid", "7.0", "2", "AID"});
        VERBS.put("criticó", new String[] {"111", "11", "Criticize or denounce", "-2.0", "3", "ACCUSE"});
        VERBS.put("atacó", new String[] {"190", "19", "Use conventional military force", "-10.0", "4", "FIGHT"});
        place("Syunik", "ARM", 39.5, 46.3);
        place("Ereván", "ARM", 40.18, 44.51);
        place("Moscú", "RUS", 55.75, 37.62);
        place("Bakú", "AZE", 40.41, 49.87);
        place("Ankara", "TUR", 39.93, 32.86);
        place("Teherán", "IRN", 35.69, 51.39);
    }

    private static void place(String name, String country, double lat, double lon) {
        PLACES.put(name, new double[] {lat, lon});
        PLACE_COUNTRY.put(name, country);
    }

    @Override
    public CoderStamp stamp() {
        return STAMP;
    }

    @Override
    public CodingResult code(Article article) {
        if (article.text().contains("RECHAZAR")) {
            throw new ArticleRejectedException("unknown-language", "article '" + article.id() + "' is not Spanish");
        }
        List<EventRecord> events = new ArrayList<>();
        String text = article.text();
        int begin = 0;
        int index = 0;
        while (begin < text.length()) {
            int end = text.indexOf('.', begin);
            end = end < 0 ? text.length() : end;
            event(article, text, new Span(begin, end), index).ifPresent(events::add);
            begin = end + 1;
            index++;
        }
        return new CodingResult(article, events, index, List.of());
    }

    private Optional<EventRecord> event(Article a, String text, Span sentence, int index) {
        String s = sentence.of(text);
        List<ActorRef> actors = new ArrayList<>();
        for (var c : COUNTRIES.entrySet()) {
            int at = s.indexOf(c.getKey());
            if (at >= 0) {
                Span span = new Span(sentence.begin() + at, sentence.begin() + at + c.getKey().length());
                actors.add(new ActorRef(c.getValue() + "GOV", Optional.of(c.getValue()), List.of("GOV"), c.getKey(),
                        c.getKey(), span, List.of("test/countries#" + c.getValue())));
            }
        }
        actors.sort((x, y) -> Integer.compare(x.span().begin(), y.span().begin()));
        var verb = VERBS.entrySet().stream().filter(v -> s.contains(v.getKey())).findFirst();
        if (actors.isEmpty() || verb.isEmpty()) {
            return Optional.empty();
        }
        String[] v = verb.get().getValue();
        int at = s.indexOf(verb.get().getKey());
        Span trigger = new Span(sentence.begin() + at, sentence.begin() + at + verb.get().getKey().length());
        LocalDate published = a.published().orElse(LocalDate.of(2021, 1, 1));
        int ayer = s.toLowerCase(Locale.ROOT).indexOf("ayer");
        Optional<PlaceRef> place = Optional.empty();
        for (var p : PLACES.entrySet()) {
            int where = s.indexOf("en " + p.getKey());
            if (where >= 0) {
                int b = sentence.begin() + where + 3;
                place = Optional.of(new PlaceRef(p.getKey(), Optional.of(PLACE_COUNTRY.get(p.getKey())), Optional.empty(),
                        "PPL", OptionalDouble.of(p.getValue()[0]), OptionalDouble.of(p.getValue()[1]),
                        Optional.of("test:" + p.getKey()), new Span(b, b + p.getKey().length()), true, "sentence"));
                break;
            }
        }
        Optional<Span> dateSpan = ayer < 0 ? Optional.empty()
                : Optional.of(new Span(sentence.begin() + ayer, sentence.begin() + ayer + 4));
        String id = "e-" + sha(a.id() + "|" + index + "|" + v[0] + "|" + s).substring(0, 16);
        return Optional.of(new EventRecord(EventRecord.SCHEMA, id, a.id(), index,
                ayer >= 0 ? published.minusDays(1) : published,
                ayer >= 0 ? DateBasis.RELATIVE : a.published().isPresent() ? DateBasis.PUBLISHED : DateBasis.INFERRED,
                actors.get(0), actors.size() > 1 ? Optional.of(actors.get(1)) : Optional.empty(),
                new EventType(v[0], v[1], v[2], Double.parseDouble(v[3]), Integer.parseInt(v[4]),
                        new Plover(v[5], Optional.empty(), List.of())),
                place, new Evidence(s, sentence, verb.get().getKey(), trigger, "test/verbs#" + verb.get().getKey(),
                        Optional.empty(), false, Modality.ASSERTED, dateSpan.map(d -> "ayer"), dateSpan),
                a.language().orElse(Language.ES), STAMP));
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
