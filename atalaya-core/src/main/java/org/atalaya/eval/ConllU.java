package org.atalaya.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.atalaya.model.Language;
import org.atalaya.model.Span;
import org.atalaya.nlp.AnnotatedText;
import org.atalaya.nlp.Dependency;
import org.atalaya.nlp.Sentence;
import org.atalaya.nlp.Token;

/**
 * Turns a gold CoNLL-U block into {@link Sentence}s so a {@code ParsedArticleCoder} can be measured
 * apart from the parser. Tokens keep FORM, LEMMA, UPOS and FEATS; heads become 0-based token indices
 * (-1 for the root). Multiword-token lines ({@code 15-16 presentarse}) are not tokens, their parts
 * are; empty nodes ({@code 8.1}) are dropped. Spans are found by {@link TokenAligner} in the record
 * text, which may differ from the parse by accents.
 */
public final class ConllU {
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern RANGE = Pattern.compile("\\d+-\\d+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private ConllU() {
    }

    /** The sentences of a block, with how many of its tokens could not be placed in the text. */
    public record Parsed(List<Sentence> sentences, int tokens, int unalignedTokens) {
        public Parsed {
            sentences = List.copyOf(sentences);
        }
    }

    /** One word line; {@code parts} is empty for a plain word and holds the parts of a multiword token. */
    private record Row(int id, String form, String lemma, String upos, String feats, int head, String deprel,
                       boolean spaceAfter, List<Row> parts) {
    }

    public static Parsed parse(String block, String text) {
        TokenAligner aligner = new TokenAligner(text);
        List<Sentence> sentences = new ArrayList<>();
        int tokens = 0;
        for (List<Row> rows : sentenceRows(block)) {
            List<Token> out = new ArrayList<>();
            Map<Integer, Integer> indexOfId = new HashMap<>();
            List<Row> words = new ArrayList<>();
            for (Row unit : rows) {
                List<Row> parts = unit.parts().isEmpty() ? List.of(unit) : unit.parts();
                List<String> forms = parts.stream().map(Row::form).toList();
                List<Span> spans = aligner.place(unit.form(), forms);
                for (int i = 0; i < parts.size(); i++) {
                    Row w = parts.get(i);
                    indexOfId.put(w.id(), out.size());
                    out.add(new Token(out.size(), w.form(), w.lemma(), w.upos(), "O", w.feats(), spans.get(i)));
                    words.add(w);
                }
            }
            List<Dependency> deps = new ArrayList<>();
            for (Row w : words) {
                int dependent = indexOfId.get(w.id());
                if (w.head() == 0) {
                    deps.add(new Dependency(-1, dependent, w.deprel()));
                } else if (indexOfId.containsKey(w.head())) {
                    deps.add(new Dependency(indexOfId.get(w.head()), dependent, w.deprel()));
                }
            }
            tokens += out.size();
            Span span = out.isEmpty() ? new Span(0, 0) : Span.cover(out.get(0).span(), out.get(out.size() - 1).span());
            sentences.add(new Sentence(sentences.size(), span, span.of(text), out, deps, true));
        }
        return new Parsed(sentences, tokens, aligner.unaligned());
    }

    /** The gold annotation of a record, or empty when the record has no CoNLL-U parse. */
    public static Optional<AnnotatedText> annotate(GoldSentence gold, Language language) {
        return gold.conllu().map(block -> new AnnotatedText(gold.text(), language, parse(block, gold.text()).sentences()));
    }

    /** The text a block spells, words joined by spaces except where MISC says SpaceAfter=No. */
    public static String surfaceText(String block) {
        StringBuilder out = new StringBuilder();
        for (List<Row> rows : sentenceRows(block)) {
            for (Row unit : rows) {
                out.append(unit.form()).append(unit.spaceAfter() ? " " : "");
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    /** Word lines grouped by sentence (a blank line, or an id going back to 1, starts a new one). */
    private static List<List<Row>> sentenceRows(String block) {
        List<List<Row>> out = new ArrayList<>();
        List<Row> current = new ArrayList<>();
        Optional<Row> range = Optional.empty(); // the multiword token whose parts are being read
        int rangeEnd = -1;
        for (String line : LINE_BREAK.split(block)) {
            if (line.isBlank()) {
                flush(out, current);
                current = new ArrayList<>();
                continue;
            }
            String[] c = line.split("\t", -1);
            if (line.startsWith("#") || c.length < 8) {
                continue;
            }
            if (RANGE.matcher(c[0]).matches()) {
                String[] ab = c[0].split("-");
                range = Optional.of(new Row(Integer.parseInt(ab[0]), c[1], c[1], "_", "_", -1, "_", spaceAfter(c),
                        new ArrayList<>()));
                rangeEnd = Integer.parseInt(ab[1]);
                continue;
            }
            if (!NUMBER.matcher(c[0]).matches() || !NUMBER.matcher(c[6]).matches()) {
                continue; // empty nodes (8.1) and unparsable heads carry no token
            }
            int id = Integer.parseInt(c[0]);
            if (id == 1 && !current.isEmpty()) {
                flush(out, current);
                current = new ArrayList<>();
            }
            String lemma = c[2].equals("_") && !c[1].equals("_") ? c[1] : c[2];
            Row w = new Row(id, c[1], lemma, c[3], c[5], Integer.parseInt(c[6]), c[7], spaceAfter(c), List.of());
            if (range.isPresent() && id >= range.get().id() && id <= rangeEnd) {
                range.get().parts().add(w);
                if (id == rangeEnd) {
                    current.add(range.get());
                    range = Optional.empty();
                }
            } else {
                current.add(w);
            }
        }
        flush(out, current);
        return out;
    }

    private static void flush(List<List<Row>> out, List<Row> current) {
        if (!current.isEmpty()) {
            out.add(current);
        }
    }

    private static boolean spaceAfter(String[] c) {
        return c.length < 10 || !c[9].contains("SpaceAfter=No");
    }
}
