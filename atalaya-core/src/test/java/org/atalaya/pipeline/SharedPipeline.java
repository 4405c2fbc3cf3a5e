package org.atalaya.pipeline;

/**
 * One real pipeline (CoreNLP models + built-in knowledge) for every test class of the JVM: the
 * models take about ten seconds per language to load.
 */
public final class SharedPipeline {
    private static AtalayaPipeline instance;

    private SharedPipeline() {
    }

    public static synchronized AtalayaPipeline get() {
        if (instance == null) {
            instance = AtalayaPipeline.standard();
        }
        return instance;
    }
}
