package org.atalaya.knowledge.petrarch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the code groups of actor files ({@code AFGGOV 920428-920628}) with PETRARCH's date rules
 * (PETRreader.dstr_to_ordate, the same in PETRARCH 1 and 2):
 * <ul>
 * <li>6 digits are YYMMDD, 8 digits YYYYMMDD; the two may be mixed in one range (the docs allow it:
 *     {@code [USAELI 18970101-450703]}), so mixing is not a warning;</li>
 * <li>two-digit years 00–30 are 20YY and 31–99 are 19YY ("for consistency with KEDS and TABARI"),
 *     so {@code 300101} is 2030-01-01 and {@code 310101} is 1931-01-01;</li>
 * <li>a 7-digit string is read as YYMMDD from its first six digits and a longer one as YYYYMMDD from
 *     its first eight, as PETRARCH does, but with a warning because they are typos
 *     ({@code 9008223}, {@code 201005011}, {@code 1920030320});</li>
 * <li>an impossible date or a range ending before it starts drops that code (PETRARCH skips the
 *     line), with a warning.</li>
 * </ul>
 */
final class PetrarchDates {
    private static final Pattern RANGE = Pattern.compile("(\\S+?)\\s*-\\s*(\\S+)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PetrarchDates() {
    }

    /** The code of one {@code […]} group (without brackets), or empty when it has to be dropped. */
    static Optional<DatedCode> codeGroup(String inner, int line, Warnings warnings) {
        String s = inner.strip();
        if (s.isEmpty()) {
            warnings.add(line, "empty-code", "'[]' has no code; ignored");
            return Optional.empty();
        }
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '<' && s.charAt(end) != '>') {
            end++;
        }
        String code = s.substring(0, end);
        String rest = s.substring(end).strip();
        if (code.isEmpty()) {
            warnings.add(line, "empty-code", "'[" + s + "]' has no code before its date; ignored");
            return Optional.empty();
        }
        if (rest.isEmpty()) {
            return Optional.of(DatedCode.undated(code));
        }
        if (rest.charAt(0) == '<' || rest.charAt(0) == '>') {
            Optional<LocalDate> date = date(rest.substring(1).strip(), line, warnings);
            if (date.isEmpty()) {
                warnings.add(line, "restriction", "code " + code + " dropped: its date cannot be read");
                return Optional.empty();
            }
            return Optional.of(rest.charAt(0) == '<'
                    ? new DatedCode(code, Optional.empty(), date)
                    : new DatedCode(code, date, Optional.empty()));
        }
        Matcher range = RANGE.matcher(rest);
        if (range.matches()) {
            Optional<LocalDate> from = date(range.group(1), line, warnings);
            Optional<LocalDate> to = date(range.group(2), line, warnings);
            if (from.isEmpty() || to.isEmpty()) {
                warnings.add(line, "restriction", "code " + code + " dropped: its date range cannot be read");
                return Optional.empty();
            }
            if (to.get().isBefore(from.get())) {
                warnings.add(line, "range-reversed", "code " + code + " dropped: range " + from.get() + " to " + to.get()
                        + " ends before it starts");
                return Optional.empty();
            }
            return Optional.of(new DatedCode(code, from, to));
        }
        if (DIGITS.matcher(rest).matches()) {
            warnings.add(line, "date-no-operator", "date '" + rest + "' of " + code
                    + " has no '<', '>' or '-'; code kept without a date restriction");
            return Optional.of(DatedCode.undated(code));
        }
        warnings.add(line, "restriction", "cannot read '" + rest + "' after code " + code + "; code dropped");
        return Optional.empty();
    }

    /** A YYMMDD or YYYYMMDD date with PETRARCH's tolerance, or empty (with a warning). */
    static Optional<LocalDate> date(String token, int line, Warnings warnings) {
        if (!DIGITS.matcher(token).matches() || token.length() < 6) {
            warnings.add(line, "date", "'" + token + "' is not a YYMMDD or YYYYMMDD date");
            return Optional.empty();
        }
        int year;
        int month;
        int day;
        if (token.length() > 7) {
            year = Integer.parseInt(token.substring(0, 4));
            month = Integer.parseInt(token.substring(4, 6));
            day = Integer.parseInt(token.substring(6, 8));
        } else {
            int yy = Integer.parseInt(token.substring(0, 2));
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            month = Integer.parseInt(token.substring(2, 4));
            day = Integer.parseInt(token.substring(4, 6));
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            warnings.add(line, "date", "'" + token + "' is not a valid calendar date");
            return Optional.empty();
        }
        if (token.length() == 7 || token.length() > 8) {
            warnings.add(line, "date", token.length() + "-digit date '" + token + "' read as "
                    + (token.length() == 7 ? "YYMMDD" : "YYYYMMDD") + " " + date + " (PETRARCH's rule); check it");
        }
        return Optional.of(date);
    }
}
