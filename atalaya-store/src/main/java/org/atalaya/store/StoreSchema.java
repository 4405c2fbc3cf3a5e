package org.atalaya.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of an Atalaya store. {@code mentions} holds one row per event as coded in one article
 * (flat columns for SQL, plus the full EVENT-FORMAT JSON so a record is read back exactly);
 * {@code events} is the one-a-day view over it. The mention columns are also the Parquet layout
 * that {@code query --parquet} reads, so the Spark job must write the same columns; the two
 * {@link #FOLDED} search columns are the store's own (exports leave them out, and the Parquet
 * views compute them).
 */
final class StoreSchema {
    /** 2: the folded search columns; a version-1 store is brought up to date when opened. */
    static final int VERSION = 2;

    /**
     * The evidence sentence and trigger lower-cased and without accents, as the free-text filter
     * compares them ({@link SqlFilter}). Folding 100,000 sentences of 190 characters took DuckDB
     * 1.1–1.3 s per query; searching them folded once at ingest, 17–21 ms (measured on this machine).
     */
    static final String FOLDED = "strip_accents(lower(evidence_sentence)) AS sentence_folded,"
            + " strip_accents(lower(evidence_trigger)) AS trigger_folded";

    /** Mention columns written by exports: all but the folded search columns. */
    static final String EXPORTED = "* EXCLUDE (sentence_folded, trigger_folded)";

    static final String ARTICLES = """
            CREATE TABLE IF NOT EXISTS articles (
              id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, file VARCHAR NOT NULL, line BIGINT NOT NULL,
              title VARCHAR, published DATE, lang VARCHAR, url VARCHAR, source VARCHAR, text VARCHAR NOT NULL,
              coded_at TIMESTAMP NOT NULL, coder_version VARCHAR NOT NULL, dictionaries VARCHAR NOT NULL,
              n_events INTEGER NOT NULL)""";

    /**
     * The order of mention pages ({@code GET /api/events}, {@code query}). The store keeps its
     * mentions physically by date ({@link MentionOrder}), so a page sits in one or two contiguous
     * vectors of 2,048 rows and a date range is pruned by DuckDB's zonemaps.
     */
    static final String PAGE_ORDER = "date, event_id, article_id";

    /**
     * Column order matters: {@link StoreRows} appends in exactly this order. {@code json} is kept
     * uncompressed: DuckDB's default (FSST) has to decode a whole vector of 2,048 records to read
     * one, so fetching a page of 100 mentions scattered over a large filter cost 100–400 ms
     * (measured on 100k mentions); uncompressed, a record is read where it lies. It costs about
     * 2.5 times the bytes of that column on disk.
     */
    static final String MENTIONS = mentionsTable("mentions");

    /** The mentions table's DDL under another name (the page-order rewrite builds the new table so). */
    static String mentionsTable(String name) {
        return """
            CREATE TABLE IF NOT EXISTS %s (
              event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, sentence_index INTEGER NOT NULL,
              date DATE NOT NULL, date_basis VARCHAR NOT NULL,
              source_code VARCHAR NOT NULL, source_country VARCHAR, source_sectors VARCHAR NOT NULL,
              source_name VARCHAR NOT NULL, source_text VARCHAR NOT NULL, source_begin INTEGER NOT NULL,
              source_end INTEGER NOT NULL,
              target_code VARCHAR, target_country VARCHAR, target_sectors VARCHAR, target_name VARCHAR,
              target_text VARCHAR, target_begin INTEGER, target_end INTEGER,
              cameo VARCHAR NOT NULL, root VARCHAR NOT NULL, event_name VARCHAR NOT NULL, goldstein DOUBLE NOT NULL,
              quad_class INTEGER NOT NULL, plover_type VARCHAR NOT NULL, plover_mode VARCHAR, plover_contexts VARCHAR NOT NULL,
              location_name VARCHAR, location_country VARCHAR, location_admin1 VARCHAR, location_feature VARCHAR,
              location_lat DOUBLE, location_lon DOUBLE, location_resolved BOOLEAN, location_gazetteer_id VARCHAR,
              evidence_sentence VARCHAR NOT NULL, sentence_begin INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
              evidence_trigger VARCHAR NOT NULL, trigger_begin INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
              evidence_rule VARCHAR NOT NULL, evidence_speaker VARCHAR, negated BOOLEAN NOT NULL, modality VARCHAR NOT NULL,
              language VARCHAR NOT NULL, coder_version VARCHAR NOT NULL, dictionaries VARCHAR NOT NULL,
              json VARCHAR NOT NULL USING COMPRESSION uncompressed,
              sentence_folded VARCHAR NOT NULL, trigger_folded VARCHAR NOT NULL)""".formatted(name);
    }

    static final String REJECTS = """
            CREATE TABLE IF NOT EXISTS rejects (
              file VARCHAR NOT NULL, line BIGINT NOT NULL, reason VARCHAR NOT NULL, message VARCHAR NOT NULL,
              first_seen TIMESTAMP NOT NULL)""";

    /**
     * One-a-day de-duplication (as Phoenix does): all mentions with the same day, source code,
     * target code and CAMEO code are one event. Its id hashes that key, so it does not depend on
     * which articles were read first; the representative mention is the one with the smallest id.
     * A view, not a table, so it can never disagree with the mentions after a replace.
     */
    static final String EVENTS = """
            CREATE OR REPLACE VIEW events AS
            SELECT 'd-' || substr(sha256(concat_ws('|', CAST(date AS VARCHAR), source_code, coalesce(target_code, ''),
                     cameo)), 1, 20) AS event_id,
                   count(*) OVER k AS mention_count,
                   list_sort(list_distinct(list(article_id) OVER k)) AS article_ids,
                   event_id AS mention_id,
                   * EXCLUDE (event_id)
            FROM mentions
            WINDOW k AS (PARTITION BY date, source_code, coalesce(target_code, ''), cameo)
            QUALIFY row_number() OVER (k ORDER BY event_id, article_id) = 1""";

    private StoreSchema() {
    }

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS store_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)");
            String version;
            try (ResultSet r = s.executeQuery("SELECT value FROM store_meta WHERE key = 'schema'")) {
                version = r.next() ? r.getString(1) : "";
            }
            if (version.isEmpty()) {
                s.execute("INSERT INTO store_meta VALUES ('schema', '" + VERSION + "')");
                MentionOrder.markNew(s);
            } else if (version.equals("1")) {
                addFoldedColumns(s);
            } else if (!version.equals(String.valueOf(VERSION))) {
                throw new StoreException("store has schema " + version + ", this Atalaya reads "
                        + VERSION + "; export it with the Atalaya that wrote it");
            }
            s.execute(ARTICLES);
            s.execute(MENTIONS);
            s.execute(REJECTS);
            s.execute(EVENTS);
        }
    }

    /**
     * Version 1 → 2, in one transaction: adds and fills the folded search columns (about the time
     * of one free-text query per 100,000 mentions), and marks the mentions for the page-order
     * rewrite, which the next ingest does with the current column definitions.
     */
    private static void addFoldedColumns(Statement s) throws SQLException {
        s.execute("BEGIN TRANSACTION");
        try {
            s.execute("ALTER TABLE mentions ADD COLUMN sentence_folded VARCHAR");
            s.execute("ALTER TABLE mentions ADD COLUMN trigger_folded VARCHAR");
            s.execute("UPDATE mentions SET sentence_folded = strip_accents(lower(evidence_sentence)),"
                    + " trigger_folded = strip_accents(lower(evidence_trigger))");
            s.execute("DELETE FROM store_meta WHERE key = 'mentions_order'");
            s.execute("UPDATE store_meta SET value = '" + VERSION + "' WHERE key = 'schema'");
            s.execute("COMMIT");
        } catch (SQLException | RuntimeException e) {
            s.execute("ROLLBACK");
            throw e;
        }
    }

    /** The same relations over Parquet mentions (Spark output): no articles, no rejects. */
    /**
     * The Spark job's layout (EVENT-FORMAT fields as nested structs, see docs/spark.md) mapped onto
     * the store's flat mention columns, so every reader works on a cluster's output unchanged.
     */
    static void createOverNestedParquet(Connection c, String parquetGlobLiteral) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE VIEW mentions AS SELECT id AS event_id, article_id, sentence_index, date, date_basis, "
                    + "source.code AS source_code, source.country AS source_country, array_to_string(source.sectors, ';') AS source_sectors, "
                    + "source.name AS source_name, source.text AS source_text, source.span[1] AS source_begin, source.span[2] AS source_end, "
                    + "target.code AS target_code, target.country AS target_country, array_to_string(target.sectors, ';') AS target_sectors, "
                    + "target.name AS target_name, target.text AS target_text, target.span[1] AS target_begin, target.span[2] AS target_end, "
                    + "event.cameo AS cameo, event.root AS root, event.name AS event_name, event.goldstein AS goldstein, "
                    + "event.quad_class AS quad_class, event.plover.type AS plover_type, event.plover.mode AS plover_mode, "
                    + "array_to_string(event.plover.contexts, ';') AS plover_contexts, "
                    + "location.name AS location_name, location.country AS location_country, location.admin1 AS location_admin1, "
                    + "location.feature AS location_feature, location.lat AS location_lat, location.lon AS location_lon, "
                    + "location.resolved AS location_resolved, location.gazetteer_id AS location_gazetteer_id, "
                    + "evidence.sentence AS evidence_sentence, evidence.sentence_span[1] AS sentence_begin, "
                    + "evidence.sentence_span[2] AS sentence_end, evidence.trigger AS evidence_trigger, "
                    + "evidence.trigger_span[1] AS trigger_begin, evidence.trigger_span[2] AS trigger_end, "
                    + "evidence.rule AS evidence_rule, evidence.speaker AS evidence_speaker, evidence.negated AS negated, "
                    + "evidence.modality AS modality, language, coder.version AS coder_version, coder.dictionaries AS dictionaries, json, "
                    + "strip_accents(lower(evidence.sentence)) AS sentence_folded, strip_accents(lower(evidence.trigger)) AS trigger_folded "
                    + "FROM read_parquet(" + parquetGlobLiteral + ", hive_partitioning = true, union_by_name = true)");
            s.execute(ARTICLES);
            s.execute(REJECTS);
            s.execute(EVENTS);
        }
    }

    static void createOverParquet(Connection c, String parquetGlobLiteral) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE VIEW mentions AS SELECT *, " + FOLDED + " FROM read_parquet(" + parquetGlobLiteral
                    + ", union_by_name = true)");
            s.execute(ARTICLES);
            s.execute(REJECTS);
            s.execute(EVENTS);
        }
    }
}
