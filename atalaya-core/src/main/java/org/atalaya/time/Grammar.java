package org.atalaya.time;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.atalaya.time.TimeExpression.Unit;

/**
 * Helpers shared by the language rule sets. Patterns are written as templates: {@code _} stands for
 * one or more spaces (news text has double spaces and line breaks), {@code {B}} and {@code {E}} for
 * word edges, and {@code {NAME}} for an alternation built from a lexicon.
 */
final class Grammar {
    /**
     * Word edges that treat digits as word characters, so "200" never yields "20" or "00". The lookahead
     * in {@code B} is redundant for matching but lets the engine drop non-word positions early (about a
     * third faster on news text).
     */
    static final String B = "(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])";
    static final String E = "(?![\\p{L}\\p{N}])";

    private Grammar() {
    }

    static Pattern compile(String template, Map<String, String> slots) {
        String regex = template.replace("{B}", B).replace("{E}", E);
        // Slots may hold slots ({PART} holds {PARTS}); a few passes fill every level.
        for (int pass = 0; pass < 3; pass++) {
            for (Map.Entry<String, String> slot : slots.entrySet()) {
                regex = regex.replace("{" + slot.getKey() + "}", slot.getValue());
            }
        }
        if (SLOT.matcher(regex).find()) {
            throw new IllegalStateException("unfilled slot in " + template + " -> " + regex);
        }
        return Pattern.compile(regex.replace("_", "\\s+"));
    }

    /** An alternation of lexicon words, longest first so that "una" is tried before "un". */
    static String alternation(Set<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> w.replace(" ", "_"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static final Pattern SLOT = Pattern.compile("(?<!\\\\p)\\{[A-Z]+}");

    /** A named group's text; empty when it did not take part in the match or the pattern has no such group. */
    static Optional<String> group(Matcher m, String name) {
        try {
            return Optional.ofNullable(m.group(name));
        } catch (IllegalArgumentException noSuchGroup) {
            return Optional.empty(); // Java 17 cannot ask a pattern for its group names
        }
    }

    static boolean has(Matcher m, String name) {
        return group(m, name).filter(g -> !g.isBlank()).isPresent();
    }

    /** Start of the first named group that matched non-empty, else the match start. */
    static int startOfFirst(Matcher m, String... names) {
        for (String name : names) {
            if (has(m, name)) {
                return m.start(name);
            }
        }
        return m.start();
    }

    /** A number written in digits or as one of the lexicon's words ("dos", "a couple of"). */
    static int number(String token, Map<String, Integer> words) {
        String t = token.trim().replaceAll("\\s+", " ");
        if (t.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(t);
        }
        Integer n = words.get(t);
        if (n == null) {
            throw new IllegalStateException("number word missing from lexicon: " + t);
        }
        return n;
    }

    /** The unit of a Spanish or English unit word, singular or plural ("dias", "semanas", "months", "year"). */
    static Unit unit(String word) {
        if (word.startsWith("dia") || word.startsWith("day")) {
            return Unit.DAY;
        }
        if (word.startsWith("semana") || word.startsWith("week")) {
            return Unit.WEEK;
        }
        if (word.startsWith("mes") || word.startsWith("month")) {
            return Unit.MONTH;
        }
        if (word.startsWith("ano") || word.startsWith("year")) {
            return Unit.YEAR;
        }
        throw new IllegalStateException("unknown unit " + word);
    }

    /**
     * True when the number ending at {@code end} counts something: "de 2000 soldados", "en 1500 casas",
     * "May 12 people". A following lower-case word that ends in -s (and is not a function word) or that
     * is a known count noun is taken as the thing counted, so the number is not a year or a day.
     */
    static boolean countsSomething(String folded, int end, Set<String> countNouns, Set<String> functionWords) {
        Matcher next = NEXT_WORD.matcher(folded).region(end, folded.length());
        if (!next.lookingAt()) {
            return false;
        }
        String word = next.group(1);
        if (word.equals("por")) {
            // "1995 por ciento" counts; "asesinado en noviembre de 1995 por un extremista" does not
            Matcher after = NEXT_WORD.matcher(folded).region(next.end(), folded.length());
            return after.lookingAt() && after.group(1).equals("ciento");
        }
        if (countNouns.contains(word)) {
            return true;
        }
        return word.length() >= 4 && word.endsWith("s") && !functionWords.contains(word);
    }

    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");

    /** The direction named by words such as "pasado"/"last" anywhere in the matched text. */
    static TimeExpression.Direction direction(String matched, Set<String> last, Set<String> next, Set<String> self) {
        for (String w : matched.split("[^\\p{L}]+")) {
            if (last.contains(w)) {
                return TimeExpression.Direction.LAST;
            }
            if (next.contains(w)) {
                return TimeExpression.Direction.NEXT;
            }
            if (self.contains(w)) {
                return TimeExpression.Direction.THIS;
            }
        }
        return TimeExpression.Direction.BARE;
    }
}
