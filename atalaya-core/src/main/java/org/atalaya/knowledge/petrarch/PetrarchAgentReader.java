package org.atalaya.knowledge.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH agent dictionary (Phoenix.agents.txt, the Spanish agents files):
 * <pre>
 * !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON      substitution set
 * AGRICULTURALIST [~AGR]                          phrase and code; regular plural
 * ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]  given plural;  {} = no plural
 * CONGRESS!PERSON! [~LEG]                         one agent for each value of the set
 * </pre>
 * The Spanish files were machine-translated, so markers and sets come out as
 * {@code !_PERSONA!=_HOMBRE,_MUJER} or {@code POLICIA_ARMADA_{}_}: these are read with the
 * underscores dropped, and each repair is a warning. A marker that is not defined, or a line
 * without a code, is skipped as PETRARCH skips it.
 */
public final class PetrarchAgentReader {
    private static final Pattern MARKER = Pattern.compile("!([^!\\s]+)!");

    private PetrarchAgentReader() {
    }

    public static PetrarchAgentFile read(Path path) {
        return read(DictionaryLines.read(path));
    }

    public static PetrarchAgentFile read(DictionarySource source) {
        Warnings warnings = new Warnings(source.file());
        warnings.addAll(source.warnings());
        Map<String, List<String>> substitutions = new LinkedHashMap<>();
        List<PetrarchAgent> agents = new ArrayList<>();
        for (SourceLine sl : source.lines()) {
            String t = sl.trimmed();
            int n = sl.number();
            if (t.isEmpty()) {
                continue;
            }
            int bang = t.indexOf('!');
            int eq = t.indexOf('=');
            if (bang >= 0 && eq > bang) {
                defineMarker(t.substring(0, eq), t.substring(eq + 1), n, substitutions, warnings);
            } else {
                agent(t, n, source.file(), substitutions, warnings).ifPresent(agents::add);
            }
        }
        return new PetrarchAgentFile(source.file(), source.sha256(), substitutions, agents, warnings.toList());
    }

    private static void defineMarker(String label, String values, int n, Map<String, List<String>> substitutions,
                                     Warnings warnings) {
        String name = stripEnds(label.strip(), "!¡_ \t");
        if (name.isEmpty() || name.indexOf('!') >= 0) {
            warnings.add(n, "marker-syntax", "substitution label '" + label.strip() + "' cannot be read; line skipped");
            return;
        }
        if (!label.strip().equals("!" + name + "!")) {
            warnings.add(n, "marker-syntax", "substitution label '" + label.strip() + "' read as !" + name + "!");
        }
        List<String> list = new ArrayList<>();
        boolean underscores = false;
        for (String v : values.split(",")) {
            String value = stripEnds(v.strip(), "_ \t");
            underscores |= !value.equals(v.strip());
            if (!value.isEmpty()) {
                list.add(value);
            }
        }
        if (underscores) {
            warnings.add(n, "marker-values", "'_' around the values of !" + name + "! removed (blanks turned into '_'?)");
        }
        if (substitutions.put(name, List.copyOf(list)) != null) {
            warnings.add(n, "marker-redefined", "!" + name + "! defined again; this later list is used from here on");
        }
    }

    private static Optional<PetrarchAgent> agent(String t, int n, String file,
                                                 Map<String, List<String>> substitutions, Warnings warnings) {
        CodeGroups.Scan scan = CodeGroups.scan(t, n, warnings);
        if (scan.groups().isEmpty()) {
            warnings.add(n, "no-code", "agent '" + DictionaryLines.abbreviate(t) + "' has no [code]; skipped");
            return Optional.empty();
        }
        if (scan.groups().size() > 1) {
            warnings.add(n, "extra-code", "only the first of " + scan.groups().size() + " codes is used");
        }
        if (!scan.junk().isEmpty()) {
            warnings.add(n, "junk", "text after the code ignored: '" + DictionaryLines.abbreviate(scan.junk()) + "'");
        }
        String code = stripEnds(scan.groups().get(0).strip(), "}").strip();
        if (code.isEmpty() || code.chars().anyMatch(Character::isWhitespace)) {
            warnings.add(n, "agent-code", "code '" + code + "' is empty or has blanks; skipped");
            return Optional.empty();
        }
        if (code.indexOf('~') < 0) {
            warnings.add(n, "agent-code", "code '" + code + "' has no '~'; it will be appended after the actor code");
        }
        String phraseText = scan.before();
        AgentPlural plural = AgentPlural.REGULAR;
        int open = phraseText.indexOf('{');
        if (open >= 0) {
            int close = phraseText.indexOf('}', open);
            if (close < 0) {
                warnings.add(n, "missing-brace", "'{' without '}'; skipped");
                return Optional.empty();
            }
            String inside = phraseText.substring(open + 1, close).strip();
            String after = phraseText.substring(close + 1).strip();
            if (after.matches("_+")) {
                warnings.add(n, "brace-glued", "'_' after the plural braces ignored");
            } else if (!after.isEmpty()) {
                warnings.add(n, "junk", "text after the plural braces ignored: '" + after + "'");
            }
            plural = inside.isEmpty() ? AgentPlural.NONE
                    : new AgentPlural(AgentPlural.Kind.GIVEN, List.of(inside.split("\\s+")));
            phraseText = phraseText.substring(0, open);
        }
        phraseText = phraseText.strip();
        if (phraseText.isEmpty()) {
            warnings.add(n, "empty-phrase", "agent line has no phrase; skipped");
            return Optional.empty();
        }
        List<String> texts = List.of(phraseText);
        if (phraseText.indexOf('!') >= 0) {
            Optional<List<String>> expanded = expand(phraseText, n, substitutions, warnings);
            if (expanded.isEmpty()) {
                return Optional.empty();
            }
            texts = expanded.get();
            plural = AgentPlural.NONE; // PETRARCH forms no plurals of substituted phrases
        }
        PhraseChecks.check(phraseText, n, warnings);
        List<PetrarchPhrase> phrases = texts.stream().map(PetrarchPhrase::parse).toList();
        return Optional.of(new PetrarchAgent(phraseText, phrases, plural, code, file, n));
    }

    /** Every phrase obtained by replacing each marker with each value of its set. */
    private static Optional<List<String>> expand(String text, int n, Map<String, List<String>> substitutions,
                                                 Warnings warnings) {
        Matcher m = MARKER.matcher(text);
        List<String> results = new ArrayList<>(List.of(""));
        int last = 0;
        while (m.find()) {
            String name = stripEnds(m.group(1), "_");
            if (!substitutions.containsKey(name)) {
                warnings.add(n, "marker-undefined", "!" + m.group(1) + "! is not a defined substitution set; skipped");
                return Optional.empty();
            }
            if (m.start() > 0 && m.end() < text.length() && Character.isLetter(text.charAt(m.start() - 1))
                    && Character.isLetter(text.charAt(m.end()))) {
                warnings.add(n, "marker-in-word", "!" + m.group(1) + "! inside a word of '" + text
                        + "' (a search-and-replace accident?); expanded anyway");
            }
            String literal = text.substring(last, m.start());
            List<String> values = substitutions.get(name);
            List<String> next = new ArrayList<>();
            for (String prefix : results) {
                for (String value : values) {
                    next.add(prefix + literal + value);
                }
            }
            results = next;
            last = m.end();
        }
        String tail = text.substring(last);
        String literalParts = MARKER.matcher(text).replaceAll("");
        if (literalParts.indexOf('!') >= 0) {
            warnings.add(n, "marker-syntax", "unmatched '!' in '" + text + "'; skipped");
            return Optional.empty();
        }
        return Optional.of(results.stream().map(r -> r + tail).toList());
    }

    private static String stripEnds(String s, String chars) {
        int start = 0;
        int end = s.length();
        while (start < end && chars.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }
}
