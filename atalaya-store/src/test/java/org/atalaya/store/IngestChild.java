package org.atalaya.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.atalaya.model.CoderStamp;

/**
 * Entry point of the child JVM in {@link CrashResumeTest}: ingests with a slow fake coder and prints
 * a line per committed batch, so the parent knows when to kill it.
 * Arguments: store file, input, coder delay in milliseconds.
 */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) {
        FakeCoder coder = new FakeCoder(new CoderStamp("0.1.0-test", "sha256:fake-dictionaries-1"), Long.parseLong(args[2]));
        try (EventStore store = EventStore.open(Path.of(args[0]))) {
            IngestSummary s = new Ingestor(store, coder, CrashResumeTest.OPTIONS).ingest(List.of(args[1]), p -> {
                System.out.println("progress " + p.done());
                System.out.flush();
            });
            System.out.println("finished " + s);
        }
    }

    static IngestOptions options() {
        return IngestOptions.defaults().withThreads(2).withBatchSize(10).withFlushInterval(Duration.ofMillis(150));
    }
}
