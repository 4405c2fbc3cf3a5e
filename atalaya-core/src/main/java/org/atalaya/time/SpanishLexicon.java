package org.atalaya.time;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Set;

/** Spanish words for dates, in folded form (lower case, no accents: "miercoles", "ano"). */
final class SpanishLexicon {
    private SpanishLexicon() {
    }

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("enero", 1), Map.entry("febrero", 2), Map.entry("marzo", 3), Map.entry("abril", 4),
            Map.entry("mayo", 5), Map.entry("junio", 6), Map.entry("julio", 7), Map.entry("agosto", 8),
            Map.entry("septiembre", 9), Map.entry("setiembre", 9), Map.entry("octubre", 10),
            Map.entry("noviembre", 11), Map.entry("diciembre", 12));

    /**
     * Agency abbreviations ("14 may", "3 sept."). "mar" and "set" are left out: after a number they are
     * more often the sea and a tennis set than March and September.
     */
    static final Map<String, Integer> MONTH_ABBREVIATIONS = Map.ofEntries(
            Map.entry("ene", 1), Map.entry("feb", 2), Map.entry("abr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("ago", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dic", 12));

    static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "lunes", DayOfWeek.MONDAY, "martes", DayOfWeek.TUESDAY, "miercoles", DayOfWeek.WEDNESDAY,
            "jueves", DayOfWeek.THURSDAY, "viernes", DayOfWeek.FRIDAY, "sabado", DayOfWeek.SATURDAY,
            "domingo", DayOfWeek.SUNDAY);

    /** Counts used with "hace", "dentro de", "... después". Vague ones ("unos", "varios") are left out on purpose. */
    static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("un", 1), Map.entry("una", 1), Map.entry("uno", 1), Map.entry("un par de", 2),
            Map.entry("dos", 2), Map.entry("tres", 3), Map.entry("cuatro", 4), Map.entry("cinco", 5),
            Map.entry("seis", 6), Map.entry("siete", 7), Map.entry("ocho", 8), Map.entry("nueve", 9),
            Map.entry("diez", 10), Map.entry("once", 11), Map.entry("doce", 12), Map.entry("trece", 13),
            Map.entry("catorce", 14), Map.entry("quince", 15), Map.entry("veinte", 20),
            Map.entry("treinta", 30));

    static final Set<String> PARTS_OF_DAY = Set.of("manana", "tarde", "noche", "madrugada", "mediodia");

    /** "a principios de", "a finales de"... — kept in the span, dated at the period's first day. */
    static final Set<String> PERIOD_EDGES = Set.of("principios", "comienzos", "inicios", "mediados", "finales",
            "fines");

    /** Prepositions that make a bare month or year a time expression ("en mayo", "de 1997"). */
    static final Set<String> PREPOSITIONS = Set.of("en", "de", "del", "desde", "hasta", "durante", "para",
            "entre", "hacia", "antes de", "despues de", "a partir de", "a lo largo de", "en el", "desde el",
            "hasta el", "durante el");

    /**
     * Prepositions before a bare month: as {@link #PREPOSITIONS} without "de", which would turn "Plaza de
     * Mayo" and "Dos de Mayo" into months.
     */
    static final Set<String> MONTH_PREPOSITIONS = Set.of("en", "desde", "hasta", "durante", "para", "entre",
            "hacia", "antes de", "despues de", "a partir de", "a lo largo de", "en el", "desde el", "hasta el",
            "durante el");

    static final Set<String> LAST = Set.of("pasado", "pasada", "ultimo", "ultima", "anterior", "previo", "previa");
    static final Set<String> NEXT = Set.of("proximo", "proxima", "viene", "siguiente", "entrante");
    static final Set<String> THIS = Set.of("este", "esta");

    /** Nouns that show a preceding number is a count, not a year or a day ("de 2000 soldados"). */
    static final Set<String> COUNT_NOUNS = Set.of("mil", "millon", "millones", "por", "km", "kilometros",
            "metros", "dolares", "euros", "personas", "soldados", "muertos", "heridos", "casas", "habitantes");

    /** Function words ending in -s that may follow a year: "en 2020 los rebeldes", "de 1997 tras...". */
    static final Set<String> FUNCTION_WORDS = Set.of("los", "las", "les", "nos", "sus", "mas", "tras", "mientras",
            "pues", "antes", "despues", "ademas", "entonces", "apenas", "ellos", "ellas", "ambos", "ambas",
            "varios", "varias", "otros", "otras", "estos", "estas", "esos", "esas", "aquellos", "aquellas",
            "unos", "unas", "muchos", "muchas", "todos", "todas", "algunos", "algunas", "pocos", "pocas",
            "menos", "tres", "seis", "dos", "nosotros", "ustedes", "cuyos", "cuyas", "hemos", "habias", "fueron");
}
