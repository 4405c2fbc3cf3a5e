package org.atalaya.knowledge.phoenix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.atalaya.knowledge.phoenix.PatternElement.Marker;
import org.atalaya.knowledge.phoenix.PatternElement.NounPhrase;
import org.atalaya.knowledge.phoenix.PatternElement.PrepPhrase;
import org.atalaya.knowledge.phoenix.PatternElement.SynsetRef;
import org.atalaya.knowledge.phoenix.PatternElement.Word;

/**
 * Splits the tokens of one PETRARCH-2 pattern (as {@code PetrarchPattern.tokens()} gives them:
 * blank-separated, with {@code { } ( )} as tokens of their own) into the elements before and after
 * the verb marker {@code *}. Syntax from petrarch2/docs/dictionaries.rst ("Patterns"): nouns bare,
 * noun phrases in braces with the head last, prepositional phrases in parentheses with the
 * preposition first.
 */
final class PatternParser {
    /** The pattern split at the verb. */
    record Parsed(List<PatternElement> before, List<PatternElement> after) {
    }

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("a", "an", "the");

    private final List<String> tokens;
    private int at;

    private PatternParser(List<String> tokens) {
        this.tokens = tokens;
    }

    /** The parsed pattern, or a reason why it cannot be read. */
    static Result parse(List<String> tokens) {
        try {
            return new Result(Optional.of(new PatternParser(tokens).all()), "");
        } catch (IllegalArgumentException e) {
            return new Result(Optional.empty(), e.getMessage());
        }
    }

    /** Either a parsed pattern or the reason it could not be parsed. */
    record Result(Optional<Parsed> parsed, String problem) {
    }

    private Parsed all() {
        List<PatternElement> before = new ArrayList<>();
        List<PatternElement> after = new ArrayList<>();
        boolean verbSeen = false;
        while (at < tokens.size()) {
            String t = tokens.get(at);
            if (t.equals("*")) {
                if (verbSeen) {
                    throw new IllegalArgumentException("two verb markers");
                }
                verbSeen = true;
                at++;
                continue;
            }
            if (t.contains("*")) {
                throw new IllegalArgumentException("verb marker glued to a word ('" + t + "')");
            }
            (verbSeen ? after : before).add(element());
        }
        if (!verbSeen) {
            throw new IllegalArgumentException("no verb marker");
        }
        return new Parsed(before, after);
    }

    private PatternElement element() {
        String t = tokens.get(at++);
        switch (t) {
            case "{" -> {
                List<PatternElement> items = new ArrayList<>();
                while (at < tokens.size() && !tokens.get(at).equals("}")) {
                    PatternElement e = element();
                    if (!(e instanceof Word) && !(e instanceof SynsetRef)) {
                        throw new IllegalArgumentException("a noun phrase holds only words and synsets");
                    }
                    items.add(e);
                }
                if (at >= tokens.size()) {
                    throw new IllegalArgumentException("'{' without '}'");
                }
                at++;
                if (items.isEmpty()) {
                    throw new IllegalArgumentException("empty noun phrase");
                }
                return new NounPhrase(items);
            }
            case "(" -> {
                if (at >= tokens.size() || !isWord(tokens.get(at))) {
                    throw new IllegalArgumentException("a prepositional phrase starts with its preposition");
                }
                String prep = tokens.get(at++).toLowerCase(Locale.ROOT);
                List<PatternElement> object = new ArrayList<>();
                while (at < tokens.size() && !tokens.get(at).equals(")")) {
                    PatternElement e = element();
                    // "(TO A VOTE)": an article is no phrase of its own (the parse hangs it under the noun)
                    if (!(e instanceof Word w && w.words().size() == 1 && ARTICLES.contains(w.words().get(0)))) {
                        object.add(e);
                    }
                }
                if (at >= tokens.size()) {
                    throw new IllegalArgumentException("'(' without ')'");
                }
                at++;
                return new PrepPhrase(prep, object);
            }
            case "}", ")" -> throw new IllegalArgumentException("unbalanced '" + t + "'");
            default -> {
                if (t.length() == 1 && "$+%^".contains(t)) {
                    return new Marker(t.charAt(0));
                }
                if (t.startsWith("&")) {
                    return new SynsetRef(t.endsWith("_") ? t.substring(0, t.length() - 1) : t);
                }
                if (!isWord(t)) {
                    throw new IllegalArgumentException("token '" + t + "' is neither a word nor a synset");
                }
                List<String> words = new ArrayList<>();
                for (String w : t.split("_")) {
                    if (!w.isEmpty()) {
                        words.add(w.toLowerCase(Locale.ROOT));
                    }
                }
                return new Word(words);
            }
        }
    }

    private static boolean isWord(String t) {
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '-' && c != '\'' && c != '.') {
                return false;
            }
        }
        return Character.isLetterOrDigit(t.charAt(0));
    }
}
