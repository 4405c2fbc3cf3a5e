package org.atalaya.knowledge.petrarch;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line into the text before its first code, the {@code […]} groups, and whatever else
 * follows them. Upstream files break brackets in every possible way
 * ({@code VENEMAN_USAGOV 010120-050120] [IGOUNOKID >050501]},
 * {@code [IGOEACOMUNIDAD_DE_AFRICA_ORIENTAL_ [IGOEAFEAC]FEAC]}, {@code [NGOSA}); each break is a
 * warning and the readable groups are still returned.
 */
final class CodeGroups {

    /** {@code before} is the text before the first group, {@code junk} the non-blank text after it. */
    record Scan(String before, List<String> groups, String junk) {
    }

    private CodeGroups() {
    }

    static Scan scan(String s, int line, Warnings warnings) {
        StringBuilder before = new StringBuilder();
        StringBuilder junk = new StringBuilder();
        List<String> groups = new ArrayList<>();
        StringBuilder group = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (group != null) {
                if (c == ']') {
                    groups.add(group.toString());
                    group = null;
                } else if (c == '[') {
                    warnings.add(line, "missing-bracket", "'[' inside '[" + group.toString().strip()
                            + "'; the unfinished code is dropped");
                    group = new StringBuilder();
                } else {
                    group.append(c);
                }
            } else if (c == '[') {
                group = new StringBuilder();
            } else if (c == ']') {
                StringBuilder outside = groups.isEmpty() ? before : junk;
                dropBrokenRestriction(outside, line, warnings);
            } else if (groups.isEmpty()) {
                before.append(c);
            } else {
                junk.append(c);
            }
        }
        if (group != null) {
            warnings.add(line, "missing-bracket", "no ']' after '[" + group.toString().strip() + "'; read as if closed");
            groups.add(group.toString());
        }
        return new Scan(before.toString(), groups, junk.toString().strip());
    }

    /**
     * A ']' without '[': if the word before it looks like a date restriction ({@code 010120-050120})
     * it is the rest of a code whose '[' is missing and is dropped; otherwise only the ']' is dropped.
     */
    private static void dropBrokenRestriction(StringBuilder text, int line, Warnings warnings) {
        int start = text.length();
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start);
        if (!word.isEmpty() && word.matches("[<>]?\\d{6,8}(-\\d{6,8})?")) {
            text.setLength(start);
            warnings.add(line, "missing-bracket", "']' without '[': the restriction '" + word
                    + "' of a code whose '[' is missing is dropped");
        } else {
            warnings.add(line, "missing-bracket", "']' without '[' after '" + DictionaryLines.abbreviate(word)
                    + "'; the ']' is dropped");
        }
    }
}
