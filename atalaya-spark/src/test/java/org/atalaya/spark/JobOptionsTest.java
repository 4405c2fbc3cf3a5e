package org.atalaya.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.atalaya.io.SourcePosition;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
    @Test
    void readsRepeatedInputsAndTheFlags() {
        JobOptions o = JobOptions.parse("--in", "hdfs:///a", "--in", "s3a://b/*.jsonl.gz", "--out", "/o", "--overwrite",
                "--partitions", "64", "--master", "local[2]");
        assertThat(o.inputs()).containsExactly("hdfs:///a", "s3a://b/*.jsonl.gz");
        assertThat(o.output()).isEqualTo("/o");
        assertThat(o.overwrite()).isTrue();
        assertThat(o.partitions()).isEqualTo(64);
        assertThat(o.master()).contains("local[2]");
        assertThat(o.knowledge()).isEmpty();
    }

    @Test
    void refusesWhatItCannotUseWithTheOptionInTheMessage() {
        assertThatThrownBy(() -> JobOptions.parse("--out", "/o")).hasMessageContaining("--in");
        assertThatThrownBy(() -> JobOptions.parse("--in", "a")).hasMessageContaining("--out");
        assertThatThrownBy(() -> JobOptions.parse("--in", "a", "--out", "o", "--partitions", "many"))
                .hasMessageContaining("--partitions").hasMessageContaining("many");
        assertThatThrownBy(() -> JobOptions.parse("--in", "--out", "o")).hasMessageContaining("--in needs a value");
        assertThatThrownBy(() -> JobOptions.parse("--in", "a", "--out", "o", "--fast")).hasMessageContaining("--fast");
    }

    @Test
    void theReaderNamesTheArticleOfAReject() {
        assertThat(RecordRows.articleIdIn("article 'x:1': 'text' is empty")).contains("x:1");
        assertThat(RecordRows.articleIdIn("no 'id' (a non-blank string) in the record")).isEmpty();
        assertThat(SourcePosition.parse("hdfs://nn:8020/in/a.jsonl:12"))
                .isEqualTo(new SourcePosition("hdfs://nn:8020/in/a.jsonl", 12));
        assertThat(List.of(AtalayaSparkJob.run("--in", "a"))).containsExactly(2);
    }
}
