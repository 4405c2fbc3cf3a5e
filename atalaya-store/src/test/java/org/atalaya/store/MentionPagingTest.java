package org.atalaya.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.atalaya.io.EventJson;
import org.atalaya.model.EventRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages read through the day counts ({@link DayCounts}) against one plain sorted query over every
 * match, and the page order the store keeps its mentions in ({@link MentionOrder}).
 */
class MentionPagingTest {
    private static final String[] COUNTRIES = {"Armenia", "Rusia", "Azerbaiyán", "Turquía", "Irán"};
    private static final String[] VERBS = {"pidió ayuda a", "visitó", "ayudó a", "criticó a", "atacó"};

    @TempDir
    Path dir;

    /**
     * {@code n} articles of two events each on {@code days} days from 2021-03-01 plus {@code startDay}:
     * in day order (and none dated "ayer", which would move an event before its article's day), or
     * on random days in a random order.
     */
    private Path corpus(String name, int first, int n, int startDay, int days, long seed, boolean chronological) {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = first; i < first + n; i++) {
            int day = startDay + (chronological ? (i - first) * days / n : r.nextInt(days));
            lines.add(Corpus.article("p" + i, LocalDate.of(2021, 3, 1).plusDays(day).toString(),
                    sentence(r, !chronological) + " " + sentence(r, !chronological)));
        }
        if (!chronological) {
            Collections.shuffle(lines, r);
        }
        return Corpus.jsonl(dir.resolve(name), lines.toArray(String[]::new));
    }

    private static String sentence(Random r, boolean yesterday) {
        int a = r.nextInt(COUNTRIES.length);
        int b = (a + 1 + r.nextInt(COUNTRIES.length - 1)) % COUNTRIES.length;
        return (yesterday && r.nextInt(4) == 0 ? "Ayer " : "") + COUNTRIES[a] + " " + VERBS[r.nextInt(VERBS.length)] + " "
                + COUNTRIES[b] + (r.nextBoolean() ? " en Syunik." : ".");
    }

    private static void ingest(EventStore store, Path input) {
        new Ingestor(store, new FakeCoder(), IngestOptions.defaults().withThreads(2).withBatchSize(50))
                .ingest(List.of(input.toString()), ProgressListener.NONE);
    }

    private static List<String> ids(List<EventRecord> events) {
        return events.stream().map(e -> e.date() + "/" + e.id() + "/" + e.articleId()).toList();
    }

    /** The mention keys in physical (rowid) order. */
    private static List<String> physical(EventStore store) {
        return Corpus.column(store, "SELECT date || '/' || event_id || '/' || article_id FROM mentions ORDER BY rowid");
    }

    private static String tableOid(EventStore store) {
        return Corpus.column(store, "SELECT table_oid FROM duckdb_tables() WHERE table_name = 'mentions'").get(0);
    }

    @Test
    void everyPageOfEveryFilterIsTheSliceOfOneSortedQuery() {
        try (EventStore store = EventStore.open(dir.resolve("p.duckdb"))) {
            ingest(store, corpus("p.jsonl", 0, 1200, 0, 40, 7, false));
            EventReader reader = store.reader();
            List<EventQuery> filters = List.of(EventQuery.all(), EventQuery.all().country("ARM"),
                    EventQuery.all().country("IRN").root("19"), EventQuery.all().actor("AZ"),
                    EventQuery.all().from(LocalDate.of(2021, 3, 10)).to(LocalDate.of(2021, 3, 12)),
                    EventQuery.all().text("AZERBAIYAN"), EventQuery.all().quadClass(2).from(LocalDate.of(2021, 3, 20)),
                    EventQuery.all().country("TUR").text("nada parecido"));
            Random r = new Random(3);
            for (EventQuery filter : filters) {
                // the naive query: every match sorted at once, no day counts
                List<EventRecord> all = reader.mentions(filter.unlimited());
                List<String> expected = ids(all);
                assertThat(ids(all.stream().sorted((x, y) -> MentionOrder.Key.of(x).compareTo(MentionOrder.Key.of(y)))
                        .toList())).as("naive order of %s", filter).isEqualTo(expected);
                assertThat(reader.countMentions(filter)).isEqualTo(all.size());
                for (int limit : new int[] {13, 100, 1000}) {
                    List<String> paged = new ArrayList<>();
                    for (long offset = 0; ; offset += limit) {
                        MentionPage<EventRecord> page = reader.page(filter.limit(limit).offset(offset));
                        assertThat(page.total()).isEqualTo(all.size());
                        if (page.mentions().isEmpty()) {
                            assertThat(offset).isGreaterThanOrEqualTo(all.size());
                            break;
                        }
                        assertThat(page.mentions()).hasSizeLessThanOrEqualTo(limit);
                        paged.addAll(ids(page.mentions()));
                    }
                    assertThat(paged).as("%s by pages of %d", filter, limit).isEqualTo(expected);
                }
                for (int i = 0; i < 20; i++) {
                    int offset = r.nextInt(all.size() + 5);
                    int limit = r.nextInt(150);
                    assertThat(ids(reader.mentions(filter.limit(limit).offset(offset))))
                            .as("%s at %d+%d", filter, offset, limit)
                            .isEqualTo(expected.subList(Math.min(offset, expected.size()),
                                    Math.min(offset + limit, expected.size())));
                }
            }
            // the stored text is what the contract's writer gives for the record read from it
            MentionPage<String> json = reader.pageJson(EventQuery.all().offset(500).limit(50));
            assertThat(json.mentions()).hasSize(50)
                    .isEqualTo(reader.page(EventQuery.all().offset(500).limit(50)).mentions().stream()
                            .map(EventJson::write).toList());
        }
    }

    @Test
    void anIngestOutOfDateOrderEndsWithTheMentionsRewrittenInPageOrder() {
        try (EventStore store = EventStore.open(dir.resolve("o.duckdb"))) {
            ingest(store, corpus("a.jsonl", 0, 300, 0, 30, 1, true));
            String oid = tableOid(store);
            ingest(store, corpus("b.jsonl", 300, 300, 30, 30, 2, true));
            assertThat(tableOid(store)).as("the second run began on a later day: appended, not rewritten")
                    .isEqualTo(oid);
            List<String> days = Corpus.column(store, "SELECT date FROM mentions ORDER BY rowid");
            assertThat(days).hasSize(1200).isSortedAccordingTo(Comparator.naturalOrder());

            ingest(store, corpus("c.jsonl", 600, 300, 0, 60, 3, false));
            assertThat(tableOid(store)).isNotEqualTo(oid);
            assertThat(physical(store)).hasSize(1800).isEqualTo(Corpus.column(store,
                    "SELECT date || '/' || event_id || '/' || article_id FROM mentions ORDER BY date, event_id, article_id"));
            assertThat(Corpus.column(store, "SELECT value FROM store_meta WHERE key = 'mentions_order'"))
                    .containsExactly("page");
            assertThat(Corpus.column(store, "SELECT DISTINCT compression FROM pragma_storage_info('mentions')"
                    + " WHERE column_name = 'json' AND segment_type = 'VARCHAR'")).containsExactly("Uncompressed");
        }
    }

    @Test
    void aStoreThatNeverRecordedItsOrderIsRewrittenByItsNextIngest() throws Exception {
        Path file = dir.resolve("old.duckdb");
        try (EventStore store = EventStore.open(file)) {
            ingest(store, corpus("a.jsonl", 0, 200, 0, 20, 4, false));
        }
        // as a store written before the order was kept: FSST-compressed JSON, shuffled, no flag
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file); var s = c.createStatement()) {
            s.execute("DELETE FROM store_meta WHERE key = 'mentions_order'");
            s.execute("CREATE TABLE shuffled AS SELECT * FROM mentions ORDER BY hash(event_id)");
            s.execute("DROP TABLE mentions");
            s.execute("ALTER TABLE shuffled RENAME TO mentions");
        }
        try (EventStore store = EventStore.open(file)) {
            List<String> before = ids(store.reader().mentions(EventQuery.all().unlimited()));
            assertThat(physical(store)).isNotEqualTo(before);
            ingest(store, corpus("a.jsonl", 0, 200, 0, 20, 4, false)); // nothing new
            assertThat(physical(store)).isEqualTo(before);
            assertThat(ids(store.reader().mentions(EventQuery.all().unlimited()))).isEqualTo(before);
            assertThat(Corpus.column(store, "SELECT DISTINCT compression FROM pragma_storage_info('mentions')"
                    + " WHERE column_name = 'json' AND segment_type = 'VARCHAR'")).containsExactly("Uncompressed");
        }
    }

    @Test
    void aVersionOneStoreGetsItsFoldedSearchColumnsWhenOpened() throws Exception {
        Path file = dir.resolve("v1.duckdb");
        List<String> invasion;
        try (EventStore store = EventStore.open(file)) {
            ingest(store, Corpus.jsonl(dir.resolve("v1.jsonl"),
                    Corpus.article("v1", "2021-05-03", "Irán ayudó a Armenia con la INVASIÓN."),
                    Corpus.article("v2", "2021-05-04", "Rusia visitó Armenia.")));
            invasion = ids(store.reader().mentions(EventQuery.all().text("invasion")));
            assertThat(invasion).hasSize(1);
        }
        // as version 1 wrote it: no folded columns, no recorded order
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file); var s = c.createStatement()) {
            s.execute("ALTER TABLE mentions DROP COLUMN sentence_folded");
            s.execute("ALTER TABLE mentions DROP COLUMN trigger_folded");
            s.execute("DELETE FROM store_meta WHERE key = 'mentions_order'");
            s.execute("UPDATE store_meta SET value = '1' WHERE key = 'schema'");
        }
        try (EventStore store = EventStore.open(file)) {
            assertThat(Corpus.column(store, "SELECT value FROM store_meta WHERE key = 'schema'")).containsExactly("2");
            assertThat(Corpus.column(store, "SELECT sentence_folded FROM mentions ORDER BY date"))
                    .containsExactly("iran ayudo a armenia con la invasion", "rusia visito armenia");
            assertThat(ids(store.reader().mentions(EventQuery.all().text("Invasión")))).isEqualTo(invasion);
            ingest(store, Corpus.jsonl(dir.resolve("v1b.jsonl"),
                    Corpus.article("v3", "2021-05-01", "Turquía criticó a Irán por la invasión.")));
            assertThat(store.reader().countMentions(EventQuery.all().text("invasion"))).isEqualTo(2);
            assertThat(Corpus.column(store, "SELECT value FROM store_meta WHERE key = 'mentions_order'"))
                    .containsExactly("page");
        }
    }

    @Test
    void keptCountsAndPagesFollowEachWrite() {
        try (EventStore store = EventStore.open(dir.resolve("w.duckdb"))) {
            EventReader reader = store.reader();
            EventQuery arm = EventQuery.all().country("ARM");
            assertThat(reader.page(arm)).isEqualTo(new MentionPage<EventRecord>(0, List.of()));
            ingest(store, corpus("a.jsonl", 0, 100, 0, 10, 5, false));
            long first = reader.countMentions(arm);
            assertThat(first).isPositive();
            ingest(store, corpus("b.jsonl", 100, 100, 0, 10, 6, false));
            List<EventRecord> all = reader.mentions(arm.unlimited());
            assertThat(reader.countMentions(arm)).isEqualTo(all.size()).isGreaterThan(first);
            assertThat(ids(reader.mentions(arm.limit(5)))).isEqualTo(ids(all).subList(0, 5));
            assertThat(IntStream.range(0, 3).mapToObj(i -> reader.page(arm.offset(all.size() - 2)).mentions().size()))
                    .containsOnly(2);
        }
    }
}
