package org.atalaya.store;

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
 * A deterministic stand-in for the real coder (tests only): in each sentence, the first two known
 * country names are source and target and a known verb gives the CAMEO code. "ayer" moves the date
 * one day back; "en Syunik" gives a location. "RECHAZAR" makes the coder refuse the article and
 * "EXPLOTAR" makes it fail, to exercise both paths. {@code delayMillis} simulates parsing cost.
 */
final class FakeCoder implements ArticleCoder {
    static final Map<String, String> COUNTRIES = new LinkedHashMap<>();
    static final Map<String, String[]> VERBS = new LinkedHashMap<>();

    static {
        COUNTRIES.put("Armenia", "ARM");
        COUNTRIES.put("Rusia", "RUS");
        COUNTRIES.put("Azerbaiyán", "AZE");
        COUNTRIES.put("Turquía", "TUR");
        COUNTRIES.put("Irán", "IRN");
        // verb → cameo, root, name, goldstein, quad, plover type
        VERBS.put("pidió", new String[] {"0232", "02", "Appeal for military aid", "3.4", "1", "REQUEST"});
        VERBS.put("visitó", new String[] {"042", "04", "Make a visit", "1.9", "1", "CONSULT"});
        VERBS.put("ayudó", new String[] {"070", "07", "Provide aid", "7.0", "2", "AID"});
        VERBS.put("criticó", new String[] {"111", "11", "Criticize or denounce", "-2.0", "3", "ACCUSE"});
        VERBS.put("atacó", new String[] {"190", "19", "Use conventional military force", "-10.0", "4", "FIGHT"});
    }

    private final CoderStamp stamp;
    private final long delayMillis;

    FakeCoder(CoderStamp stamp, long delayMillis) {
        this.stamp = stamp;
        this.delayMillis = delayMillis;
    }

    FakeCoder() {
        this(new CoderStamp("0.1.0-test", "sha256:fake-dictionaries-1"), 0);
    }

    @Override
    public CoderStamp stamp() {
        return stamp;
    }

    @Override
    public CodingResult code(Article article) {
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
        }
        if (article.text().contains("RECHAZAR")) {
            throw new ArticleRejectedException("unknown-language", "article '" + article.id() + "' is not Spanish");
        }
        if (article.text().contains("EXPLOTAR")) {
            throw new IllegalStateException("the fake coder exploded");
        }
        List<EventRecord> events = new ArrayList<>();
        String text = article.text();
        int begin = 0;
        int index = 0;
        while (begin < text.length()) {
            int end = nextBreak(text, begin);
            event(article, text, new Span(begin, end), index).ifPresent(events::add);
            begin = end + 1;
            index++;
        }
        return new CodingResult(article, events, index, List.of());
    }

    private static int nextBreak(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '\n') {
                return i;
            }
        }
        return text.length();
    }

    private Optional<EventRecord> event(Article a, String text, Span sentence, int index) {
        String s = sentence.of(text);
        List<ActorRef> actors = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (var c : COUNTRIES.entrySet()) {
            int at = s.indexOf(c.getKey());
            if (at >= 0) {
                positions.add(at);
                Span span = new Span(sentence.begin() + at, sentence.begin() + at + c.getKey().length());
                actors.add(new ActorRef(c.getValue() + "GOV", Optional.of(c.getValue()), List.of("GOV"), c.getKey(),
                        c.getKey(), span, List.of("test/countries#" + c.getValue())));
            }
        }
        actors.sort((x, y) -> Integer.compare(x.span().begin(), y.span().begin()));
        Optional<Map.Entry<String, String[]>> verb = VERBS.entrySet().stream().filter(v -> s.contains(v.getKey())).findFirst();
        if (actors.isEmpty() || verb.isEmpty()) {
            return Optional.empty();
        }
        String[] v = verb.get().getValue();
        int at = s.indexOf(verb.get().getKey());
        Span trigger = new Span(sentence.begin() + at, sentence.begin() + at + verb.get().getKey().length());
        LocalDate published = a.published().orElse(LocalDate.of(2021, 1, 1));
        boolean yesterday = s.toLowerCase(Locale.ROOT).contains("ayer");
        Optional<PlaceRef> place = Optional.empty();
        int syunik = s.indexOf("en Syunik");
        if (syunik >= 0) {
            int b = sentence.begin() + syunik + 3;
            place = Optional.of(new PlaceRef("Syunik", Optional.of("ARM"), Optional.of("Syunik"), "ADM1",
                    OptionalDouble.of(39.5), OptionalDouble.of(46.3), Optional.of("test:AM.08"), new Span(b, b + 6), true,
                    "sentence"));
        }
        String id = "e-" + sha(a.id() + "|" + index + "|" + v[0] + "|" + stamp.dictionaries() + "|" + s).substring(0, 16);
        return Optional.of(new EventRecord(EventRecord.SCHEMA, id, a.id(), index,
                yesterday ? published.minusDays(1) : published,
                yesterday ? DateBasis.RELATIVE : a.published().isPresent() ? DateBasis.PUBLISHED : DateBasis.INFERRED,
                actors.get(0), actors.size() > 1 ? Optional.of(actors.get(1)) : Optional.empty(),
                new EventType(v[0], v[1], v[2], Double.parseDouble(v[3]), Integer.parseInt(v[4]),
                        new Plover(v[5], Optional.empty(), List.of())),
                place, new Evidence(s, sentence, verb.get().getKey(), trigger, "test/verbs#" + verb.get().getKey(),
                        Optional.empty(), false, Modality.ASSERTED, Optional.empty(), Optional.empty()),
                a.language().orElse(Language.ES), stamp));
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
