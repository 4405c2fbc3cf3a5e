package org.atalaya.time;

import static org.atalaya.time.SpanishRules.period;
import static org.atalaya.time.SpanishRules.rule;
import static org.atalaya.time.SpanishRules.shift;

import java.util.List;
import java.util.Map;
import org.atalaya.time.Rule.Piece;
import org.atalaya.time.TimeExpression.Shift;
import org.atalaya.time.TimeExpression.Unit;

/** Spanish relative expressions: named days, counted offsets and named periods. */
final class SpanishPhrases {
    private SpanishPhrases() {
    }

    private static final Map<String, Integer> N = SpanishLexicon.NUMBERS;

    static List<Rule> rules() {
        return List.of(
                day("pasado-manana", "pasado_manana", 2, false),
                day("anteayer", "(?:anteayer|antier|antes_de_ayer|antenoche|antes_de_anoche)", -2, false),
                day("ayer", "ayer(?:,?_(?:por|en|a)_la_{PARTS})?", -1, false),
                day("anoche", "anoche", -1, false),
                // "hoy en día" is "nowadays", not a date
                day("hoy", "hoy(?!_en_dia)(?:,?_(?:por|en|a)_la_{PARTS})?", 0, false),
                day("esta-manana", "esta_(?:misma_)?(?:manana|tarde|noche|madrugada)", 0, false),
                // "mañana" is tomorrow unless a determiner makes it the morning ("la mañana", "esta mañana",
                // "por la mañana", "de la mañana") or the future ("el mañana")
                day("manana", "(?<!(?:la|una|esta|esa|cada|toda|media|el|un|aquella|misma|buena|otra|su)\\s)"
                        + "manana(?:,?_(?:por|en|a)_la_{PARTS})?", 1, false),
                day("vispera", "la_vispera", -1, true),
                day("dia-anterior", "(?:el|al)_dia_(?:anterior|previo|antes)", -1, true),
                day("noche-anterior", "la_{PARTS}_(?:anterior|previa|antes)", -1, true),
                day("dia-siguiente", "(?:el|al)_dia_(?:siguiente|despues)|al_otro_dia", 1, true),
                day("noche-siguiente", "la_{PARTS}_siguiente", 1, true),
                day("ese-dia", "(?:ese|aquel|el)_mismo_dia|(?:ese|aquel)_dia|(?:esa|aquella)_(?:misma_)?{PARTS}"
                        + "|la_misma_{PARTS}", 0, true),
                rule("hace", "{B}hace_(?<n>{NUM})_(?<u>{UNIT}){E}",
                        (m, f, o) -> List.of(shift(m, -1, Grammar.unit(m.group("u")), false, N))),
                rule("atras", "{B}(?<n>{NUM})_(?<u>{UNIT})_atras{E}",
                        (m, f, o) -> List.of(shift(m, -1, Grammar.unit(m.group("u")), false, N))),
                rule("dentro-de", "{B}dentro_de_(?<n>{NUM})_(?<u>{UNIT}){E}",
                        (m, f, o) -> List.of(shift(m, 1, Grammar.unit(m.group("u")), false, N))),
                rule("antes-despues", "{B}(?<n>{NUM})_(?<u>{UNIT})_(?<d>antes|despues|mas_tarde){E}",
                        (m, f, o) -> List.of(shift(m, m.group("d").equals("antes") ? -1 : 1,
                                Grammar.unit(m.group("u")), true, N))),
                periods("semana", Unit.WEEK, "la_semana_(?:pasada|proxima|que_viene|entrante)"
                        + "|la_(?:pasada|proxima)_semana|esta_(?:misma_)?semana"),
                periods("semana-ancla", Unit.WEEK, "la_semana_(?:anterior|previa|siguiente)"),
                periods("mes", Unit.MONTH, "el_mes_(?:pasado|proximo|que_viene|entrante)"
                        + "|el_(?:pasado|proximo)_mes|este_(?:mismo_)?mes"),
                periods("mes-ancla", Unit.MONTH, "el_mes_(?:anterior|previo|siguiente)"),
                periods("ano", Unit.YEAR, "el_ano_(?:pasado|proximo|que_viene|entrante)"
                        + "|el_(?:pasado|proximo)_ano|este_(?:mismo_)?ano"),
                periods("ano-ancla", Unit.YEAR, "el_ano_(?:anterior|previo|siguiente)"),
                periods("fin-de-semana", Unit.WEEKEND, "(?:el|este)_fin_de_semana(?:_(?:pasado|proximo|que_viene))?"
                        + "|el_(?:pasado|proximo|ultimo)_fin_de_semana"));
    }

    private static Rule day(String name, String template, int days, boolean fromAnchor) {
        return rule(name, "{B}(?:" + template + "){E}",
                (m, f, o) -> List.of(new Piece(m.start(), m.end(), new Shift(days, Unit.DAY, fromAnchor))));
    }

    /** Named periods; rules whose name ends in "-ancla" count from the discourse anchor ("la semana anterior"). */
    private static Rule periods(String name, Unit unit, String template) {
        boolean fromAnchor = name.endsWith("-ancla");
        return rule(name, "{B}(?:" + template + "){E}", (m, f, o) -> List.of(period(m, unit, fromAnchor)));
    }
}
