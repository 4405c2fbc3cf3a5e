package org.atalaya.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.atalaya.model.Article;
import org.atalaya.model.Language;
import org.atalaya.nlp.AnnotatedText;
import org.atalaya.nlp.CoreNlpBackend;
import org.atalaya.nlp.NlpBackend;
import org.atalaya.pipeline.AtalayaPipeline;
import org.atalaya.pipeline.CodingResult;
import org.atalaya.pipeline.Knowledge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atalaya bench}: end-to-end throughput on generated Spanish news, one thread and all cores. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures coding throughput (articles/s, sentences/s) and the time of each step on a generated Spanish corpus.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "300", description = "Articles per run (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--threads", defaultValue = "0", description = "Threads for the parallel run (default: all cores).")
    int threads;

    @Option(names = "--verbose", description = "Stack traces on errors.")
    boolean verbose;

    @Option(names = "--ingest", description = "Benchmark ingest into a DuckDB store instead: articles/s with 1 and 2 threads, store overhead, peak heap.")
    boolean ingest;

    @Option(names = "--work-dir", defaultValue = "target/bench", description = "Where --ingest writes its corpus and store (default ${DEFAULT-VALUE}).")
    java.nio.file.Path workDir;

    /** Times every call into the NLP backend, so coding time can be split from parsing time. */
    private static final class TimedBackend implements NlpBackend {
        private final NlpBackend inner;
        private final AtomicLong nanos;
        private final AtomicLong parsed;
        private volatile boolean tagOnly;

        TimedBackend(NlpBackend inner, AtomicLong nanos, AtomicLong parsed) {
            this.inner = inner;
            this.nanos = nanos;
            this.parsed = parsed;
        }

        @Override
        public Language language() {
            return inner.language();
        }

        @Override
        public AnnotatedText annotate(String text, java.util.function.Predicate<List<org.atalaya.nlp.Token>> needsParse) {
            return annotate(text, needsParse, false);
        }

        @Override
        public AnnotatedText annotate(String text, java.util.function.Predicate<List<org.atalaya.nlp.Token>> needsParse,
                                      boolean trees) {
            long t0 = System.nanoTime();
            try {
                return inner.annotate(text, tokens -> {
                    boolean parse = !tagOnly && needsParse.test(tokens);
                    if (parse) {
                        parsed.incrementAndGet();
                    }
                    return parse;
                }, trees);
            } finally {
                nanos.addAndGet(System.nanoTime() - t0);
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        if (ingest) {
            return ingestBench();
        }
        int cores = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        AtomicLong nlpNanos = new AtomicLong();
        AtomicLong parsed = new AtomicLong();
        TimedBackend[] backend = new TimedBackend[1];
        long t0 = System.nanoTime();
        Knowledge knowledge = Knowledge.builtIn();
        long tKnowledge = System.nanoTime();
        AtalayaPipeline pipeline = new AtalayaPipeline(knowledge, lang -> {
            backend[0] = new TimedBackend(new CoreNlpBackend(lang), nlpNanos, parsed);
            return backend[0];
        }, AtalayaPipeline.DEFAULT_MAX_CHARS, false);
        pipeline.warmUp(Language.ES);
        long tModels = System.nanoTime();
        List<Article> warm = new SpanishNewsGenerator(7).generate(Math.min(60, articles));
        warm.forEach(pipeline::code);
        List<Article> corpus = new SpanishNewsGenerator(42).generate(articles);
        System.out.printf("knowledge load      %8.2f s%n", (tKnowledge - t0) / 1e9);
        System.out.printf("CoreNLP model load  %8.2f s%n", (tModels - tKnowledge) / 1e9);
        // Steps: one pass with tagging only (tokenize, split, POS, lemmas), then the full pipeline; NER +
        // parse is the NLP time of the full pass minus tagging; coding is the rest of the wall time.
        backend[0].tagOnly = true;
        nlpNanos.set(0);
        run(pipeline, corpus, 1);
        long tagging = nlpNanos.get();
        backend[0].tagOnly = false;
        nlpNanos.set(0);
        parsed.set(0);
        Run single = run(pipeline, corpus, 1);
        long nlp = nlpNanos.get();
        report("1 thread", single);
        double perArticle = 1e6 * articles;
        System.out.printf("  steps per article: tokenize+POS+lemmas %6.1f ms | NER+parse %6.1f ms (%d of %d sentences parsed) | coding %6.1f ms%n",
                tagging / perArticle, (nlp - tagging) / perArticle, parsed.get(), single.sentences,
                (single.nanos - nlp) / perArticle);
        Run parallel = run(pipeline, corpus, cores);
        report(cores + " threads", parallel);
        System.out.printf("heap: peak used %d MB, max %d MB%n", peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20);
        return 0;
    }

    /** Ingest with the real coder: the store's share of the time must stay small next to coding. */
    private int ingestBench() {
        AtalayaPipeline pipeline = Pipelines.standard(AtalayaPipeline.DEFAULT_MAX_CHARS);
        pipeline.warmUp(Language.ES);
        for (int n : new int[] {1, 2}) {
            org.atalaya.store.bench.IngestBench.Report r = org.atalaya.store.bench.IngestBench.run(pipeline, articles,
                    workDir.resolve("threads-" + n), org.atalaya.store.IngestOptions.defaults().withThreads(n));
            System.out.println("== ingest with " + n + " thread(s)");
            System.out.println(r.table());
        }
        System.out.printf("heap: peak used %d MB, max %d MB%n", peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20);
        return 0;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private record Run(long nanos, int articles, int sentences, int parsed, int events) {
    }

    private static void report(String label, Run r) {
        double s = r.nanos / 1e9;
        System.out.printf("%-10s %5d articles in %6.2f s: %6.2f articles/s, %7.1f sentences/s, %d events%n",
                label, r.articles, s, r.articles / s, r.sentences / s, r.events);
    }

    private static Run run(AtalayaPipeline pipeline, List<Article> corpus, int threads) throws Exception {
        AtomicLong sentences = new AtomicLong();
        AtomicLong events = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (Article a : corpus) {
                futures.add(pool.submit(() -> {
                    CodingResult r = pipeline.code(a);
                    sentences.addAndGet(r.sentences());
                    events.addAndGet(r.events().size());
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Run(System.nanoTime() - t0, corpus.size(), (int) sentences.get(), -1, (int) events.get());
    }
}
