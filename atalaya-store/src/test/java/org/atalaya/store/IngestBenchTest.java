package org.atalaya.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.atalaya.store.bench.IngestBench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestBenchTest {
    @TempDir
    Path dir;

    @Test
    void theBenchIngestsTheGeneratedCorpusThenSkipsItAll() {
        IngestBench.Report r = IngestBench.run(new FakeCoder(), 60, dir, IngestOptions.defaults().withThreads(2));
        assertThat(r.first().coded()).isEqualTo(60);
        assertThat(r.second().skippedUnchanged()).isEqualTo(60);
        assertThat(r.counts().mentions()).isGreaterThan(60);
        assertThat(r.table()).contains("store ms per article");
    }
}
