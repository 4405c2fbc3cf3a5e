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
                day("pasado-manana", "manana", "pasado_manana", 2, false),
                day("anteayer", "anteayer antier ayer antenoche anoche",
                        "anteayer|antier|antes_de_ayer|antenoche|antes_de_anoche", -2, false),
                day("ayer", "ayer", "ayer(?:,?_(?:por|en|a)_la_{PARTS})?", -1, false),
                day("anoche", "anoche", "anoche", -1, false),
                // "hoy en día" is "nowadays", not a date
                day("hoy", "hoy", "hoy(?!_en_dia)(?:,?_(?:por|en|a)_la_{PARTS})?", 0, false),
                day("esta-manana", "esta", "esta_(?:misma_)?(?:manana|tarde|noche|madrugada)", 0, false),
                // "mañana" is tomorrow unless a determiner makes it the morning ("la mañana", "esta mañana",
                // "por la mañana", "de la mañana") or the future ("el mañana")
                day("manana", "manana", "(?<!(?:la|una|esta|esa|cada|toda|media|el|un|aquella|misma|buena|otra|su)\\s)"
                        + "manana(?:,?_(?:por|en|a)_la_{PARTS})?", 1, false),
                day("vispera", "vispera", "la_vispera", -1, true),
                day("dia-anterior", "dia", "(?:el|al)_dia_(?:anterior|previo|antes)", -1, true),
                day("noche-anterior", "anterior previa antes", "la_{PARTS}_(?:anterior|previa|antes)", -1, true),
                day("dia-siguiente", "dia", "(?:el|al)_dia_(?:siguiente|despues)|al_otro_dia", 1, true),
                day("noche-siguiente", "siguiente", "la_{PARTS}_siguiente", 1, true),
                day("ese-dia", "mismo misma ese aquel esa aquella", "(?:ese|aquel|el)_mismo_dia|(?:ese|aquel)_dia"
                        + "|(?:esa|aquella)_(?:misma_)?{PARTS}|la_misma_{PARTS}", 0, true),
                rule("hace", Rule.words("hace"), "{B}hace_(?<n>{NUM})_(?<u>{UNIT}){E}",
                        (m, f, o) -> List.of(shift(m, -1, Grammar.unit(m.group("u")), false, N))),
                rule("atras", Rule.words("atras"), "{B}(?<n>{NUM})_(?<u>{UNIT})_atras{E}",
                        (m, f, o) -> List.of(shift(m, -1, Grammar.unit(m.group("u")), false, N))),
                rule("dentro-de", Rule.words("dentro"), "{B}dentro_de_(?<n>{NUM})_(?<u>{UNIT}){E}",
                        (m, f, o) -> List.of(shift(m, 1, Grammar.unit(m.group("u")), false, N))),
                rule("antes-despues", Rule.words("antes despues tarde"),
                        "{B}(?<n>{NUM})_(?<u>{UNIT})_(?<d>antes|despues|mas_tarde){E}",
                        (m, f, o) -> List.of(shift(m, m.group("d").equals("antes") ? -1 : 1,
                                Grammar.unit(m.group("u")), true, N))),
                periods("semana", "semana", Unit.WEEK, "la_semana_(?:pasada|proxima|que_viene|entrante)"
                        + "|la_(?:pasada|proxima)_semana|esta_(?:misma_)?semana"),
                periods("semana-ancla", "semana", Unit.WEEK, "la_semana_(?:anterior|previa|siguiente)"),
                periods("mes", "mes", Unit.MONTH, "el_mes_(?:pasado|proximo|que_viene|entrante)"
                        + "|el_(?:pasado|proximo)_mes|este_(?:mismo_)?mes"),
                periods("mes-ancla", "mes", Unit.MONTH, "el_mes_(?:anterior|previo|siguiente)"),
                periods("ano", "ano", Unit.YEAR, "el_ano_(?:pasado|proximo|que_viene|entrante)"
                        + "|el_(?:pasado|proximo)_ano|este_(?:mismo_)?ano"),
                periods("ano-ancla", "ano", Unit.YEAR, "el_ano_(?:anterior|previo|siguiente)"),
                periods("fin-de-semana", "fin", Unit.WEEKEND,
                        "(?:el|este)_fin_de_semana(?:_(?:pasado|proximo|que_viene))?"
                        + "|el_(?:pasado|proximo|ultimo)_fin_de_semana"));
    }

    private static Rule day(String name, String triggers, String template, int days, boolean fromAnchor) {
        return rule(name, Rule.words(triggers), "{B}(?:" + template + "){E}",
                (m, f, o) -> List.of(new Piece(m.start(), m.end(), new Shift(days, Unit.DAY, fromAnchor))));
    }

    /** Named periods; rules whose name ends in "-ancla" count from the discourse anchor ("la semana anterior"). */
    private static Rule periods(String name, String trigger, Unit unit, String template) {
        boolean fromAnchor = name.endsWith("-ancla");
        return rule(name, Rule.words(trigger), "{B}(?:" + template + "){E}",
                (m, f, o) -> List.of(period(m, unit, fromAnchor)));
    }
}
