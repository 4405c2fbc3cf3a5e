package org.atalaya.spark;

import org.atalaya.io.SourcePosition;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.time.LocalDate;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.atalaya.io.ReadItem;
import org.atalaya.io.RejectedRecord;
import org.atalaya.model.Article;
import org.atalaya.model.Language;

/**
 * The rows between reading and coding: one per input record, an article or a reject, with the file
 * and line it came from. Articles travel as rows rather than Java objects so that the shuffle that
 * spreads them over the executors uses Spark's own encoders, not Java serialization.
 */
final class RecordRows {
    /** Rejects: where the record is, which article when known, why (a stable kebab-case code), and the message. */
    static final StructType REJECT = new StructType(new StructField[] {
        field("file", StringType, false), field("line", LongType, false), field("article_id", StringType, true),
        field("reason", StringType, false), field("message", StringType, false)});

    /** A read record: the article fields, or {@code reason} and {@code message} for a reject. */
    static final StructType READ = new StructType(new StructField[] {
        field("file", StringType, false), field("line", LongType, false), field("id", StringType, true),
        field("text", StringType, true), field("title", StringType, true), field("published", StringType, true),
        field("lang", StringType, true), field("url", StringType, true), field("source", StringType, true),
        field("reason", StringType, true), field("message", StringType, true)});

    /** What coding one record gives: an event or a reject (the other is null). */
    static final StructType CODED = new StructType(new StructField[] {
        field("event", EventRows.SCHEMA, true), field("reject", REJECT, true)});

    private RecordRows() {
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return new StructField(name, type, nullable, Metadata.empty());
    }

    static Row read(ReadItem item) {
        if (item instanceof RejectedRecord r) {
            return RowFactory.create(r.file(), r.line(), null, null, null, null, null, null, null, r.kind().code(),
                    r.message());
        }
        Article a = ((ReadItem.Accepted) item).article();
        SourcePosition o = SourcePosition.parse(a.origin());
        return RowFactory.create(o.file(), o.line(), a.id(), a.text(), a.title().orElse(null),
                a.published().map(LocalDate::toString).orElse(null), a.language().map(Language::code).orElse(null),
                a.url().orElse(null), a.source().orElse(null), null, null);
    }

    static boolean isReject(Row read) {
        return !read.isNullAt(9);
    }

    /** The article of a read row, with the origin {@code file:line} the CLI gives it. */
    static Article article(Row r) {
        return new Article(r.getString(2), r.getString(3), text(r, 4), text(r, 5).map(LocalDate::parse),
                text(r, 6).map(v -> Language.parse(v).orElseThrow()), text(r, 7), text(r, 8),
                r.getString(0) + ":" + r.getLong(1));
    }

    static Row rejectOfRead(Row r) {
        return RowFactory.create(null, reject(r.getString(0), r.getLong(1), articleIdIn(r.getString(10)),
                r.getString(9), r.getString(10)));
    }

    /**
     * The reader names the article at the start of its message ({@code article 'x': ...}) whenever the
     * record had an id; the rejects dataset gives it a column so rejects can be joined to articles.
     */
    static Optional<String> articleIdIn(String message) {
        if (!message.startsWith("article '")) {
            return Optional.empty();
        }
        int end = message.indexOf("': ", 9);
        return end < 0 ? Optional.empty() : Optional.of(message.substring(9, end));
    }

    static Row rejectOfArticle(Article a, String reason, String message) {
        SourcePosition o = SourcePosition.parse(a.origin());
        return RowFactory.create(null, reject(o.file(), o.line(), Optional.of(a.id()), reason, message));
    }

    static Row event(Row event) {
        return RowFactory.create(event, null);
    }

    private static Row reject(String file, long line, Optional<String> articleId, String reason, String message) {
        return RowFactory.create(file, line, articleId.orElse(null), reason, message);
    }

    private static Optional<String> text(Row r, int i) {
        return r.isNullAt(i) ? Optional.empty() : Optional.of(r.getString(i));
    }
}
