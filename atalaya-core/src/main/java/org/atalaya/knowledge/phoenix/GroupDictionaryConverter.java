package org.atalaya.knowledge.phoenix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atalaya.knowledge.GroupFile;
import org.atalaya.knowledge.NameKey;
import org.atalaya.knowledge.petrarch.DatedCode;
import org.atalaya.knowledge.petrarch.PetrarchActor;
import org.atalaya.knowledge.petrarch.PetrarchActorFile;
import org.atalaya.knowledge.petrarch.PetrarchPhrase;

/**
 * Converts the Phoenix non-state armed actors dictionary ({@code Phoenix.MilNonState.actors.txt},
 * built from the START TOPS database) into rows of the armed-group file (actors/groups.tsv columns:
 * id, code, name_en, name_es, acronyms, aliases, note), one row per dictionary entry.
 *
 * <p>What is kept, and why:
 * <ul>
 * <li>The entry's undated code when it is a country or region plus sectors ({@code [IMGMUSALQ]},
 *     {@code [COLREB]}); an entry with only dated codes or a bare three-letter code ({@code [IMG]})
 *     says too little and is listed as unconverted.</li>
 * <li>A phrase of several words ("Abu Nidal Organization"), and a parenthesised acronym of three to
 *     five capitals ("(AAIA)", "(LTTE)"; not "(PARADISE)" or "(COLOMBIA)").</li>
 * <li>A single word only when it cannot be an ordinary word: written with a hyphen, slash or digits
 *     ("AL-QAEDA", "DHKP/C", "MS-13"), or short enough to be an acronym (four letters or fewer: "PLO",
 *     "RUF", matched only when written in capitals). Other single words ("HAMAS", "TIGERS", "YOUTH",
 *     "ORGANIZATION") name a group only inside this dictionary and would turn ordinary words into
 *     actors, so they are left out, each listed.</li>
 * <li>A phrase that an earlier entry of the file already named: the first entry wins.</li>
 * </ul>
 * Names are written in title case for reading; matching ignores case except for acronyms.
 */
public final class GroupDictionaryConverter {
    /** One converted entry; {@code names} are the phrases kept, the first is the display name. */
    public record GroupRow(String code, List<String> names, List<String> acronyms, int line, String note) {
        public GroupRow {
            names = List.copyOf(names);
            acronyms = List.copyOf(acronyms);
        }
    }

    private static final Pattern PAREN = Pattern.compile("\\(([^)]*)\\)");
    /** A parenthesised acronym: three to five capitals ("(LTTE)"); longer ones are words ("(PARADISE)"). */
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&-]{2,4}");

    private GroupDictionaryConverter() {
    }

    public static EntryConversion<GroupRow> convert(PetrarchActorFile file) {
        List<GroupRow> rows = new ArrayList<>();
        List<Unconverted> skipped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PetrarchActor a : file.actors()) {
            String text = a.primary().text();
            Optional<String> code = a.codes().stream().filter(DatedCode::isDefault).map(DatedCode::code).findFirst();
            if (code.isEmpty()) {
                skipped.add(new Unconverted(a.line(), text, a.codes().isEmpty() ? "no code" : "dated codes only"));
                continue;
            }
            // the reviewed file's rule, so that every converted row loads
            if (!GroupFile.isGroupCode(code.get())) {
                skipped.add(new Unconverted(a.line(), text + " [" + code.get() + "]",
                        "code is no country or region plus sector"));
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            Set<String> acronyms = new LinkedHashSet<>();
            for (PetrarchPhrase p : a.phrases()) {
                String written = String.join(" ", p.words());
                Matcher m = PAREN.matcher(written);
                while (m.find()) {
                    String inner = m.group(1).strip();
                    if (ACRONYM.matcher(inner).matches() && seen.add(NameKey.of(inner))) {
                        acronyms.add(inner);
                    }
                }
                String bare = PAREN.matcher(written).replaceAll(" ").replaceAll("\\s+", " ").strip();
                if (bare.isEmpty()) {
                    continue;
                }
                boolean oneWord = !bare.contains(" ");
                if (oneWord && !bare.matches(".*[-/0-9].*")) {
                    long letters = bare.chars().filter(Character::isLetter).count();
                    if (letters > 4) {
                        skipped.add(new Unconverted(a.line(), p.text(), "single word that can be an ordinary word"));
                        continue;
                    }
                    if (seen.add(NameKey.of(bare))) {
                        acronyms.add(bare);
                    }
                    continue;
                }
                if (seen.add(NameKey.of(bare))) {
                    names.add(titleCase(bare));
                }
            }
            if (names.isEmpty() && acronyms.isEmpty()) {
                skipped.add(new Unconverted(a.line(), text, "every phrase left out or named by an earlier entry"));
                continue;
            }
            List<String> ordered = new ArrayList<>(names);
            if (ordered.isEmpty()) {
                ordered.add(acronyms.iterator().next());
            }
            rows.add(new GroupRow(code.get(), ordered, List.copyOf(acronyms), a.line(),
                    file.file() + ":" + a.line() + " " + text + " [" + code.get() + "]"));
        }
        return new EntryConversion<>(file.file(), file.sha256(), rows, skipped, file.actors().size());
    }

    /** "ABU NIDAL ORGANIZATION" → "Abu Nidal Organization"; "AL-QAEDA" → "Al-Qaeda". For reading only. */
    static String titleCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
