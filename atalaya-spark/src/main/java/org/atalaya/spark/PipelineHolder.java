package org.atalaya.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.atalaya.nlp.CoreNlpBackend;
import org.atalaya.pipeline.AtalayaPipeline;
import org.atalaya.pipeline.Knowledge;

/**
 * One coder per executor JVM. Loading the knowledge and the CoreNLP models takes about 10 s and
 * 0.5-1 GB per language, so it must happen once per JVM, not once per task or partition: the
 * holder is static, filled on first use, and shared by every task thread of the executor (the
 * pipeline is thread-safe and loads each language's models on first need).
 */
final class PipelineHolder {
    /** What makes two pipelines different; the job ships it to the executors inside each task. */
    record Settings(int maxChars, boolean allModalities) implements Serializable {
        Settings {
            if (maxChars < 1) {
                throw new IllegalArgumentException("max chars must be positive, not " + maxChars);
            }
        }
    }

    private static final Map<Settings, AtalayaPipeline> PIPELINES = new HashMap<>();

    private PipelineHolder() {
    }

    static AtalayaPipeline get(Settings settings) {
        synchronized (PIPELINES) {
            // The same construction as `atalaya code`, so the same articles give the same events and ids.
            // User knowledge hook: atalaya-core can only load its built-in files today. When it can load
            // a directory, Settings gains the name of a file shipped with --files/--archives and this
            // reads it from SparkFiles.get(name) instead of Knowledge.builtIn() (docs/spark.md).
            return PIPELINES.computeIfAbsent(settings, s ->
                    new AtalayaPipeline(Knowledge.builtIn(), CoreNlpBackend::new, s.maxChars(), s.allModalities()));
        }
    }
}
