package org.atalaya.eval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one {@code <Sentence>} record cut out by {@link GoldRecordSplitter}. */
final class GoldRecordParser {
    private static final Pattern OPEN = Pattern.compile("<Sentence\\b([^>]*?)/?>");
    private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*?)/?>");
    private static final Pattern LOCATION = Pattern.compile("<Location\\b([^>]*)>(.*?)</Location\\s*>", Pattern.DOTALL);
    private static final Pattern CONLLU_LINE = Pattern.compile("(?m)^\\d+(?:-\\d+)?\\t");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
    /** Evaluation flags in order of precedence: UD files, PETR-1, PETR-2. */
    private static final List<String> FLAGS = List.of("evaluate", "valid", "sentence");

    /** A record that cannot be used at all; the message says why. */
    static final class BrokenRecord extends Exception {
        BrokenRecord(String message) {
            super(message);
        }
    }

    private GoldRecordParser() {
    }

    /**
     * @param warnings receives problems that leave the record usable (bad date, second parse)
     * @throws BrokenRecord when the record has no id, no text or an event without a code
     */
    static GoldSentence parse(GoldRecordSplitter.Raw raw, String file, List<GoldReadProblem> warnings)
            throws BrokenRecord {
        return parse(raw, Map.of(), file, warnings);
    }

    /** @param settings the coder settings in force for this record */
    static GoldSentence parse(GoldRecordSplitter.Raw raw, Map<String, String> settings, String file,
                              List<GoldReadProblem> warnings) throws BrokenRecord {
        String body = raw.body();
        Matcher open = OPEN.matcher(body);
        if (!open.lookingAt()) {
            throw new BrokenRecord("unterminated <Sentence> tag");
        }
        Map<String, String> attrs = XmlBits.attributes(open.group(1));
        String id = attrs.getOrDefault("id", "").strip();
        if (id.isEmpty()) {
            throw new BrokenRecord("<Sentence> without id");
        }
        String text = XmlBits.element(body, "Text")
                .map(t -> SPACES.matcher(XmlBits.unescape(t).strip()).replaceAll(" "))
                .orElseThrow(() -> new BrokenRecord("record " + id + " has no <Text>…</Text>"));
        Optional<LocalDate> date = date(attrs.getOrDefault("date", ""), id, raw.line(), file, warnings);
        List<GoldCoding> codings = codings(body, id);
        List<GoldLocation> locations = locations(body);
        Optional<String> conllu = conllu(body, id, raw.line(), file, warnings);
        Optional<String> penn = conllu.isPresent() ? Optional.empty() : penn(body);
        if (text.isEmpty() && conllu.isPresent()) {
            // PETR2_GSR abc12_3 lost its text but kept its parse: the parse still spells the sentence
            text = ConllU.surfaceText(conllu.get());
            warnings.add(new GoldReadProblem(file, raw.line(), "record " + id + ": empty <Text>, rebuilt from the parse", false));
        }
        if (text.isEmpty()) {
            throw new BrokenRecord("record " + id + " has an empty <Text>");
        }
        return new GoldSentence(id, date, attrs.getOrDefault("category", "").strip(), evaluate(attrs), text,
                codings, locations, conllu, penn, settings, file, raw.line());
    }

    private static boolean evaluate(Map<String, String> attrs) {
        return FLAGS.stream().filter(attrs::containsKey).findFirst()
                .map(flag -> attrs.get(flag).strip().equalsIgnoreCase("true"))
                .orElse(true);
    }

    private static Optional<LocalDate> date(String value, String id, int line, String file,
                                            List<GoldReadProblem> warnings) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return Optional.of(v.contains("-") ? LocalDate.parse(v) : LocalDate.parse(v, COMPACT));
        } catch (DateTimeParseException e) {
            warnings.add(new GoldReadProblem(file, line, "record " + id + ": unreadable date '" + v + "', left empty", false));
            return Optional.empty();
        }
    }

    private static List<GoldCoding> codings(String body, String id) throws BrokenRecord {
        List<GoldCoding> out = new ArrayList<>();
        Matcher m = CODING.matcher(body);
        while (m.find()) {
            Map<String, String> a = XmlBits.attributes(m.group(1));
            if (isTrue(a.getOrDefault("noevents", "")) || a.containsKey("error")) {
                out.add(GoldCoding.noEventsMarker());
                continue;
            }
            String code = GoldCoding.normaliseCode(a.getOrDefault("eventcode", ""));
            if (code.isEmpty()) {
                throw new BrokenRecord("record " + id + ": <EventCoding> without eventcode: " + m.group().strip());
            }
            out.add(GoldCoding.of(code, a.getOrDefault("sourcecode", ""), a.getOrDefault("targetcode", "")));
        }
        return out;
    }

    private static boolean isTrue(String v) {
        return v.strip().toLowerCase(Locale.ROOT).equals("true");
    }

    private static List<GoldLocation> locations(String body) {
        List<GoldLocation> out = new ArrayList<>();
        Matcher m = LOCATION.matcher(body);
        while (m.find()) {
            String name = XmlBits.unescape(m.group(2)).strip();
            if (!name.isEmpty()) {
                out.add(new GoldLocation(name, isTrue(XmlBits.attributes(m.group(1)).getOrDefault("loc_in_sentence", ""))));
            }
        }
        return out;
    }

    /** The Penn Treebank tree of {@code <Parse>} (PETR-1 files), as written; checked when it is used. */
    private static Optional<String> penn(String body) {
        return XmlBits.element(body, "Parse").map(p -> XmlBits.unescape(p).strip()).filter(p -> p.startsWith("("));
    }

    /** The CoNLL-U block of {@code <Parse>}. */
    private static Optional<String> conllu(String body, String id, int line, String file,
                                           List<GoldReadProblem> warnings) {
        Optional<String> parse = XmlBits.element(body, "Parse");
        if (parse.isEmpty() || !CONLLU_LINE.matcher(parse.get()).find()) {
            return Optional.empty();
        }
        int first = body.indexOf("<Parse");
        if (body.indexOf("<Parse", first + 1) >= 0) {
            warnings.add(new GoldReadProblem(file, line, "record " + id + ": more than one <Parse>, the first is used", false));
        }
        return Optional.of(XmlBits.unescape(parse.get()).strip());
    }
}
