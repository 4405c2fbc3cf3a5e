package org.atalaya.cli;

import org.atalaya.nlp.CoreNlpBackend;
import org.atalaya.pipeline.AtalayaPipeline;
import org.atalaya.pipeline.Knowledge;

/** The one place the CLI builds its coder, so every command codes alike. */
final class Pipelines {
    private Pipelines() {
    }

    static AtalayaPipeline standard(int maxChars) {
        return new AtalayaPipeline(Knowledge.builtIn(), CoreNlpBackend::new, maxChars, false);
    }

    static AtalayaPipeline with(KnowledgeOptions knowledge, int maxChars, boolean keepUnasserted) {
        return new AtalayaPipeline(knowledge.load(), CoreNlpBackend::new, maxChars, keepUnasserted);
    }

    static AtalayaPipeline with(KnowledgeOptions knowledge, TimeTaggerOption time, int maxChars, boolean keepUnasserted) {
        return new AtalayaPipeline(knowledge.load(), CoreNlpBackend::new, maxChars, keepUnasserted, time.mode());
    }
}
