package org.atalaya.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.atalaya.io.EventJson;
import org.atalaya.model.ActorRef;
import org.atalaya.model.EventRecord;

/** How `code` prints events: JSON lines (the contract), flat CSV, or an aligned table for people. */
abstract class EventFormat {
    abstract void write(PrintWriter out, EventRecord e);

    void header(PrintWriter out) {
    }

    void footer(PrintWriter out) {
    }

    static EventFormat of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "jsonl", "json" -> new Jsonl();
            case "csv" -> new Csv();
            case "table" -> new Table();
            default -> throw new IllegalArgumentException("--format must be jsonl, csv or table, not '" + name + "'");
        };
    }

    static final List<String> COLUMNS = List.of("id", "article_id", "sentence_index", "date", "date_basis",
            "source_code", "source_country", "source_name", "target_code", "target_country", "target_name", "cameo",
            "root", "event_name", "goldstein", "quad_class", "plover_type", "location_name", "location_country",
            "lat", "lon", "trigger", "rule", "speaker", "language");

    static List<String> row(EventRecord e) {
        List<String> r = new ArrayList<>();
        r.add(e.id());
        r.add(e.articleId());
        r.add(Integer.toString(e.sentenceIndex()));
        r.add(e.date().toString());
        r.add(e.dateBasis().code());
        r.add(e.source().code());
        r.add(e.source().country().orElse(""));
        r.add(e.source().name());
        r.add(e.target().map(ActorRef::code).orElse(""));
        r.add(e.target().flatMap(ActorRef::country).orElse(""));
        r.add(e.target().map(ActorRef::name).orElse(""));
        r.add(e.event().cameo());
        r.add(e.event().root());
        r.add(e.event().name());
        r.add(Double.toString(e.event().goldstein()));
        r.add(Integer.toString(e.event().quadClass()));
        r.add(e.event().plover().type());
        r.add(e.location().map(l -> l.name()).orElse(""));
        r.add(e.location().flatMap(l -> l.country()).orElse(""));
        r.add(e.location().filter(l -> l.lat().isPresent()).map(l -> Double.toString(l.lat().getAsDouble())).orElse(""));
        r.add(e.location().filter(l -> l.lon().isPresent()).map(l -> Double.toString(l.lon().getAsDouble())).orElse(""));
        r.add(e.evidence().trigger());
        r.add(e.evidence().rule());
        r.add(e.evidence().speaker().orElse(""));
        r.add(e.language().code());
        return r;
    }

    private static final class Jsonl extends EventFormat {
        @Override
        void write(PrintWriter out, EventRecord e) {
            out.println(EventJson.write(e));
        }
    }

    private static final class Csv extends EventFormat {
        @Override
        void header(PrintWriter out) {
            out.println(String.join(",", COLUMNS));
        }

        @Override
        void write(PrintWriter out, EventRecord e) {
            List<String> cells = row(e).stream().map(Csv::quote).toList();
            out.println(String.join(",", cells));
        }

        private static String quote(String s) {
            if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
                return '"' + s.replace("\"", "\"\"") + '"';
            }
            return s;
        }
    }

    /** Buffers rows to align columns; for people reading a handful of events, not for archives. */
    private static final class Table extends EventFormat {
        private static final List<String> SHOWN = List.of("date", "date_basis", "source_code", "cameo", "event_name",
                "target_code", "location_name", "trigger");
        private final List<List<String>> rows = new ArrayList<>();

        @Override
        void write(PrintWriter out, EventRecord e) {
            List<String> full = row(e);
            List<String> r = new ArrayList<>();
            for (String c : SHOWN) {
                String v = full.get(COLUMNS.indexOf(c));
                r.add(v.length() > 40 ? v.substring(0, 39) + "…" : v);
            }
            rows.add(r);
        }

        @Override
        void footer(PrintWriter out) {
            int[] width = new int[SHOWN.size()];
            for (int i = 0; i < SHOWN.size(); i++) {
                width[i] = SHOWN.get(i).length();
                for (List<String> r : rows) {
                    width[i] = Math.max(width[i], r.get(i).length());
                }
            }
            print(out, SHOWN, width);
            for (List<String> r : rows) {
                print(out, r, width);
            }
        }

        private static void print(PrintWriter out, List<String> cells, int[] width) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                sb.append(String.format("%-" + width[i] + "s", cells.get(i)));
                if (i < cells.size() - 1) {
                    sb.append("  ");
                }
            }
            out.println(sb.toString().stripTrailing());
        }
    }
}
