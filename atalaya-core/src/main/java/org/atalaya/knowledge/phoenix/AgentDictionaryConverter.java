package org.atalaya.knowledge.phoenix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.atalaya.knowledge.petrarch.AgentPlural;
import org.atalaya.knowledge.petrarch.PetrarchAgent;
import org.atalaya.knowledge.petrarch.PetrarchAgentFile;
import org.atalaya.knowledge.petrarch.PetrarchPhrase;

/**
 * Converts a PETRARCH agents dictionary (the Phoenix {@code Phoenix.agents.txt}) into rows of the
 * sector-noun file (actors/sectors.tsv columns: sector, lang, terms, note), one row per source line.
 * An agent with one three-letter code ({@code FARMER [~AGR]}) becomes its phrases (substitution sets
 * expanded, irregular plurals added; regular plurals are not needed, nouns are matched on lemmas)
 * under that sector. Not converted, each counted by reason: PPL, which is no CAMEO agent code, compound codes ({@code [~GOVMIL]}: a
 * sector term has one sector), codes placed before the actor ({@code NGO~}), and phrases already
 * given a different sector by an earlier line of the same file (the first wins).
 */
public final class AgentDictionaryConverter {
    /** One converted row. */
    public record SectorRow(String sector, List<String> terms, int line, String note) {
        public SectorRow {
            terms = List.copyOf(terms);
        }
    }

    /** Phoenix agent codes that are no CAMEO sector: PPL ("man", "people") would make every person an actor. */
    static final Set<String> NOT_SECTORS = Set.of("PPL");

    private AgentDictionaryConverter() {
    }

    public static EntryConversion<SectorRow> convert(PetrarchAgentFile file) {
        List<SectorRow> rows = new ArrayList<>();
        List<Unconverted> skipped = new ArrayList<>();
        Map<String, String> sectorOf = new HashMap<>();
        for (PetrarchAgent a : file.agents()) {
            String text = a.text().replaceAll("\\s+", " ").strip() + " [" + a.code() + "]";
            if (a.beforeActor()) {
                skipped.add(new Unconverted(a.line(), text, "code placed before the actor (X~)"));
                continue;
            }
            String sector = a.sector();
            if (NOT_SECTORS.contains(sector)) {
                skipped.add(new Unconverted(a.line(), text, "not a CAMEO agent code (" + sector + ")"));
                continue;
            }
            if (!sector.matches("[A-Z]{3}")) {
                skipped.add(new Unconverted(a.line(), text, sector.matches("([A-Z]{3})+")
                        ? "compound code: a sector term has one sector" : "not a sector code"));
                continue;
            }
            Set<String> terms = new LinkedHashSet<>();
            for (PetrarchPhrase p : a.phrases()) {
                terms.add(String.join(" ", p.words()).toLowerCase(Locale.ROOT));
            }
            if (a.plural().kind() == AgentPlural.Kind.GIVEN) {
                for (String f : a.plural().forms()) {
                    terms.add(String.join(" ", PetrarchPhrase.parse(f).words()).toLowerCase(Locale.ROOT));
                }
            }
            List<String> kept = new ArrayList<>();
            for (String t : terms) {
                if (t.isBlank()) {
                    continue;
                }
                String earlier = sectorOf.putIfAbsent(t, sector);
                if (earlier == null) {
                    kept.add(t);
                }
            }
            if (kept.isEmpty()) {
                skipped.add(new Unconverted(a.line(), text, "phrase given by an earlier line: the first wins"));
                continue;
            }
            rows.add(new SectorRow(sector, kept, a.line(), file.file() + ":" + a.line() + " " + text));
        }
        return new EntryConversion<>(file.file(), file.sha256(), rows, skipped, file.agents().size());
    }
}
