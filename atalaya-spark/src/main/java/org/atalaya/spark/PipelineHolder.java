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
    record Settings(int maxChars, boolean allModalities, String dictionaries) implements Serializable {
        Settings(int maxChars, boolean allModalities) {
            this(maxChars, allModalities, "");
        }

        Settings {
            if (maxChars < 1) {
                throw new IllegalArgumentException("max chars must be positive, not " + maxChars);
            }
        }
    }

    private static final Map<Settings, AtalayaPipeline> PIPELINES = new HashMap<>();

    private PipelineHolder() {
    }

    /**
     * The built-in knowledge plus the user's PETRARCH dictionaries, like `code --dictionaries`. The
     * directory is a path every executor can read: local mode, a shared mount, or a directory shipped
     * with {@code --archives dicts.zip#dicts} and named by its link ("dicts"), found in the executor's
     * working directory or through SparkFiles.
     */
    private static Knowledge knowledge(String dictionaries) {
        if (dictionaries.isEmpty()) {
            return Knowledge.builtIn();
        }
        java.nio.file.Path dir = java.nio.file.Path.of(dictionaries);
        if (!java.nio.file.Files.isDirectory(dir)) {
            dir = java.nio.file.Path.of(org.apache.spark.SparkFiles.get(dictionaries));
        }
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--knowledge " + dictionaries + ": no such directory on this executor");
        }
        return Knowledge.builtIn().withDictionaries(dir, false);
    }

    static AtalayaPipeline get(Settings settings) {
        synchronized (PIPELINES) {
            // The same construction as `atalaya code`, so the same articles give the same events and ids.
            return PIPELINES.computeIfAbsent(settings, s ->
                    new AtalayaPipeline(knowledge(s.dictionaries()), CoreNlpBackend::new, s.maxChars(), s.allModalities()));
        }
    }
}
