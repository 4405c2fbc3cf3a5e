package org.atalaya.knowledge.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parsers for the single lines of a verb dictionary; the block structure is in {@link PetrarchVerbReader}. */
final class VerbLines {

    /** A {@code --- NAME [CODE] ---} heading. */
    record Heading(String name, String code) {
    }

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private VerbLines() {
    }

    static Heading heading(String t, int n, Warnings warnings) {
        CodeGroups.Scan scan = CodeGroups.scan(t.substring(3), n, warnings);
        String name = stripDashes(scan.before());
        if (name.isEmpty()) {
            // PETRARCH starts a block at any '---' line; the name is only a description
            warnings.add(n, "block-heading", "verb block heading without a name");
        }
        extra(scan, n, warnings);
        if (!stripDashes(scan.junk()).isEmpty()) {
            warnings.add(n, "junk", "text after the block code ignored: '" + scan.junk() + "'");
        }
        String code = scan.groups().isEmpty() ? "---" : scan.groups().get(0).strip();
        return new Heading(name.replaceAll("\\s+", " "), code.isEmpty() ? "---" : code);
    }

    static Optional<PetrarchPattern> pattern(SourceLine sl, String file, Warnings warnings) {
        int n = sl.number();
        String t = sl.trimmed();
        CodeGroups.Scan scan = CodeGroups.scan(t.substring(1), n, warnings);
        if (scan.groups().isEmpty()) {
            warnings.add(n, "pattern-no-code", "pattern without [code]; skipped");
            return Optional.empty();
        }
        extra(scan, n, warnings);
        if (!scan.junk().isEmpty()) {
            warnings.add(n, "junk", "text after the pattern code ignored: '" + scan.junk() + "'");
        }
        List<String> tokens = tokens(scan.before());
        if (tokens.isEmpty()) {
            warnings.add(n, "pattern-empty", "pattern has only a code; skipped");
            return Optional.empty();
        }
        long stars = tokens.stream().filter(tok -> tok.indexOf('*') >= 0).count();
        if (stars == 0) {
            warnings.add(n, "pattern-no-verb", "no '*' marks the verb's place; pattern kept");
        } else if (stars > 1) {
            warnings.add(n, "pattern-stars", stars + " tokens with '*' (two patterns on one line?); pattern kept");
        }
        return Optional.of(new PetrarchPattern(t, tokens, scan.groups().get(0).strip(), sl.comment(), file, n));
    }

    static Optional<PetrarchVerb> verb(String t, int n, Warnings warnings) {
        if (PetrarchPhrase.containsAny(t, "*&$%^")) {
            warnings.add(n, "verb-looks-like-pattern", "'" + DictionaryLines.abbreviate(t)
                    + "' has pattern tokens but no leading '-'; skipped");
            return Optional.empty();
        }
        List<String> irregular = List.of();
        String rest = t;
        int open = t.indexOf('{');
        if (open >= 0) {
            int close = t.indexOf('}', open);
            if (close < 0) {
                warnings.add(n, "missing-brace", "'{' without '}'; the forms are read to the end of the line");
                close = t.length();
            }
            irregular = BLANKS.splitAsStream(t.substring(open + 1, close).strip()).filter(f -> !f.isEmpty()).toList();
            if (t.indexOf('[') >= 0 && t.indexOf('[') < open) {
                warnings.add(n, "forms-after-code", "verb forms {…} after the code; read anyway (PETRARCH ignores them)");
            }
            rest = t.substring(0, open) + " " + t.substring(Math.min(close + 1, t.length()));
        }
        CodeGroups.Scan scan = CodeGroups.scan(rest, n, warnings);
        extra(scan, n, warnings);
        if (!scan.junk().isEmpty()) {
            warnings.add(n, "junk", "text after the verb code ignored: '" + scan.junk() + "'");
        }
        String form = scan.before();
        form = form.strip();
        List<String> words = new ArrayList<>();
        int head = -1;
        for (String w : PetrarchPhrase.splitWords(form)) {
            if (w.equals("+")) {
                continue;
            }
            if (w.startsWith("+") && head < 0) {
                head = words.size();
            }
            words.add(w.replace("+", ""));
        }
        if (words.isEmpty()) {
            warnings.add(n, "verb-empty", "verb line without a verb; skipped");
            return Optional.empty();
        }
        if (head < 0) {
            if (words.size() > 1) {
                warnings.add(n, "multiword-verb", "no '+' marks which word of '" + form + "' is the verb; the first is used");
            }
            head = 0;
        }
        Optional<String> code = scan.groups().isEmpty() ? Optional.empty() : Optional.of(scan.groups().get(0).strip());
        return Optional.of(new PetrarchVerb(form, words, head, irregular, code, n));
    }

    /** Blank-separated tokens, with the PETRARCH-2 grouping characters as tokens of their own. */
    static List<String> tokens(String body) {
        List<String> tokens = new ArrayList<>();
        for (String raw : BLANKS.split(body.strip())) {
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if ("{}()".indexOf(c) >= 0) {
                    if (word.length() > 0) {
                        tokens.add(word.toString());
                        word.setLength(0);
                    }
                    tokens.add(String.valueOf(c));
                } else {
                    word.append(c);
                }
            }
            if (word.length() > 0) {
                tokens.add(word.toString());
            }
        }
        return tokens;
    }

    private static void extra(CodeGroups.Scan scan, int n, Warnings warnings) {
        if (scan.groups().size() > 1) {
            warnings.add(n, "extra-code", "only the first of " + scan.groups().size() + " codes is used");
        }
    }

    private static String stripDashes(String s) {
        return s.strip().replaceAll("^-+|-+$", "").strip();
    }
}
