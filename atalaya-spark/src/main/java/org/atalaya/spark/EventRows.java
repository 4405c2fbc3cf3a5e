package org.atalaya.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.atalaya.io.EventJson;
import org.atalaya.model.ActorRef;
import org.atalaya.model.CoderStamp;
import org.atalaya.model.DateBasis;
import org.atalaya.model.EventRecord;
import org.atalaya.model.EventType;
import org.atalaya.model.Evidence;
import org.atalaya.model.Language;
import org.atalaya.model.Modality;
import org.atalaya.model.PlaceRef;
import org.atalaya.model.Plover;
import org.atalaya.model.Span;

/**
 * The Parquet form of an event: EVENT-FORMAT.md field for field, in its key order, with the nested
 * objects as structs (so {@code source.code}, {@code event.cameo}, {@code location.lat} are column
 * paths in Spark SQL and DuckDB alike), spans as two-element int arrays as in the JSON, the event
 * {@code date} as a DATE, and the record's JSON line in {@code json} so that a reader can get the
 * exact CLI output back without knowing this layout. Absent values (no target, no place) are SQL
 * NULLs here and nowhere else: {@link #toRow} and {@link #fromRow} are the only crossing.
 */
public final class EventRows {
    private static final DataType SPAN = createArrayType(IntegerType, false);
    private static final DataType STRINGS = createArrayType(StringType, false);

    static final StructType ACTOR = new StructType(new StructField[] {
        field("code", StringType, false), field("country", StringType, true), field("sectors", STRINGS, false),
        field("name", StringType, false), field("text", StringType, false), field("span", SPAN, false),
        field("rules", STRINGS, false)});

    static final StructType EVENT = new StructType(new StructField[] {
        field("cameo", StringType, false), field("root", StringType, false), field("name", StringType, false),
        field("goldstein", DoubleType, false), field("quad_class", IntegerType, false),
        field("plover", new StructType(new StructField[] {field("type", StringType, false),
            field("mode", StringType, true), field("contexts", STRINGS, false)}), false)});

    static final StructType LOCATION = new StructType(new StructField[] {
        field("name", StringType, false), field("country", StringType, true), field("admin1", StringType, true),
        field("feature", StringType, false), field("lat", DoubleType, true), field("lon", DoubleType, true),
        field("gazetteer_id", StringType, true), field("span", SPAN, false), field("resolved", BooleanType, false),
        field("basis", StringType, false)});

    static final StructType EVIDENCE = new StructType(new StructField[] {
        field("sentence", StringType, false), field("sentence_span", SPAN, false),
        field("trigger", StringType, false), field("trigger_span", SPAN, false), field("rule", StringType, false),
        field("speaker", StringType, true), field("negated", BooleanType, false),
        field("modality", StringType, false), field("date_text", StringType, true), field("date_span", SPAN, true)});

    static final StructType CODER = new StructType(new StructField[] {
        field("version", StringType, false), field("dictionaries", StringType, false)});

    /** One event; the job adds the partition column {@code month} (yyyy-MM of {@code date}). */
    public static final StructType SCHEMA = new StructType(new StructField[] {
        field("schema", IntegerType, false), field("id", StringType, false), field("article_id", StringType, false),
        field("sentence_index", IntegerType, false), field("date", DateType, false),
        field("date_basis", StringType, false), field("source", ACTOR, false), field("target", ACTOR, true),
        field("event", EVENT, false), field("location", LOCATION, true), field("evidence", EVIDENCE, false),
        field("language", StringType, false), field("coder", CODER, false), field("json", StringType, false)});

    private EventRows() {
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return new StructField(name, type, nullable, org.apache.spark.sql.types.Metadata.empty());
    }

    public static Row toRow(EventRecord e) {
        return RowFactory.create(e.schema(), e.id(), e.articleId(), e.sentenceIndex(), e.date(),
                e.dateBasis().code(), actor(e.source()), e.target().map(EventRows::actor).orElse(null),
                event(e.event()), e.location().map(EventRows::place).orElse(null), evidence(e.evidence()),
                e.language().code(), RowFactory.create(e.coder().version(), e.coder().dictionaries()),
                EventJson.write(e));
    }

    private static Row actor(ActorRef a) {
        return RowFactory.create(a.code(), a.country().orElse(null), strings(a.sectors()), a.name(), a.text(),
                span(a.span()), strings(a.rules()));
    }

    private static Row event(EventType t) {
        Plover p = t.plover();
        return RowFactory.create(t.cameo(), t.root(), t.name(), t.goldstein(), t.quadClass(),
                RowFactory.create(p.type(), p.mode().orElse(null), strings(p.contexts())));
    }

    private static Row place(PlaceRef p) {
        return RowFactory.create(p.name(), p.country().orElse(null), p.admin1().orElse(null), p.feature(),
                p.lat().isPresent() ? p.lat().getAsDouble() : null, p.lon().isPresent() ? p.lon().getAsDouble() : null,
                p.gazetteerId().orElse(null), span(p.span()), p.resolved(), p.basis());
    }

    private static Row evidence(Evidence ev) {
        return RowFactory.create(ev.sentence(), span(ev.sentenceSpan()), ev.trigger(), span(ev.triggerSpan()),
                ev.rule(), ev.speaker().orElse(null), ev.negated(), ev.modality().code(), ev.dateText().orElse(null),
                ev.dateSpan().map(EventRows::span).orElse(null));
    }

    // Spark's row encoder takes Java arrays for ARRAY columns (it reads back scala Seqs).
    private static String[] strings(List<String> values) {
        return values.toArray(new String[0]);
    }

    private static Integer[] span(Span s) {
        return new Integer[] {s.begin(), s.end()};
    }

    /** The event a row holds, read from its columns (not from {@code json}), so a test can compare the two. */
    public static EventRecord fromRow(Row r) {
        Row ev = r.getStruct(r.fieldIndex("evidence"));
        Row coder = r.getStruct(r.fieldIndex("coder"));
        return new EventRecord(r.getInt(r.fieldIndex("schema")), r.getString(r.fieldIndex("id")),
                r.getString(r.fieldIndex("article_id")), r.getInt(r.fieldIndex("sentence_index")),
                date(r.get(r.fieldIndex("date"))),
                DateBasis.valueOf(r.getString(r.fieldIndex("date_basis")).toUpperCase(Locale.ROOT)),
                readActor(r.getStruct(r.fieldIndex("source"))),
                struct(r, "target").map(EventRows::readActor), readEvent(r.getStruct(r.fieldIndex("event"))),
                struct(r, "location").map(EventRows::readPlace),
                new Evidence(ev.getString(0), readSpan(ev.getList(1)), ev.getString(2), readSpan(ev.getList(3)),
                        ev.getString(4), text(ev, 5), ev.getBoolean(6),
                        Modality.valueOf(ev.getString(7).toUpperCase(Locale.ROOT)), text(ev, 8),
                        ev.isNullAt(9) ? Optional.empty() : Optional.of(readSpan(ev.getList(9)))),
                Language.parse(r.getString(r.fieldIndex("language"))).orElseThrow(),
                new CoderStamp(coder.getString(0), coder.getString(1)));
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    private static Optional<Row> struct(Row r, String name) {
        int i = r.fieldIndex(name);
        return r.isNullAt(i) ? Optional.empty() : Optional.of(r.getStruct(i));
    }

    private static ActorRef readActor(Row a) {
        return new ActorRef(a.getString(0), text(a, 1), a.getList(2), a.getString(3), a.getString(4),
                readSpan(a.getList(5)), a.getList(6));
    }

    private static EventType readEvent(Row t) {
        Row p = t.getStruct(5);
        return new EventType(t.getString(0), t.getString(1), t.getString(2), t.getDouble(3), t.getInt(4),
                new Plover(p.getString(0), text(p, 1), p.getList(2)));
    }

    private static PlaceRef readPlace(Row p) {
        return new PlaceRef(p.getString(0), text(p, 1), text(p, 2), p.getString(3), number(p, 4), number(p, 5),
                text(p, 6), readSpan(p.getList(7)), p.getBoolean(8), p.getString(9));
    }

    private static Span readSpan(List<Integer> s) {
        return new Span(s.get(0), s.get(1));
    }

    private static Optional<String> text(Row r, int i) {
        return r.isNullAt(i) ? Optional.empty() : Optional.of(r.getString(i));
    }

    private static OptionalDouble number(Row r, int i) {
        return r.isNullAt(i) ? OptionalDouble.empty() : OptionalDouble.of(r.getDouble(i));
    }
}
