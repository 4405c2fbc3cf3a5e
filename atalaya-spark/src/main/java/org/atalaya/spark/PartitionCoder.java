package org.atalaya.spark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.atalaya.model.Article;
import org.atalaya.model.EventRecord;
import org.atalaya.pipeline.ArticleRejectedException;
import org.atalaya.pipeline.AtalayaPipeline;
import org.atalaya.pipeline.CodingResult;

/**
 * Codes one partition of read records with the executor's pipeline: an article gives its events, a
 * reader reject passes through, and an article the coder refuses (no date, unknown language) or
 * fails on becomes a reject too, so that every input record ends up in one of the two outputs.
 * Lazy: one article is coded at a time, as Spark pulls rows.
 */
final class PartitionCoder implements MapPartitionsFunction<Row, Row> {
    /** Reject reason for an article the coder threw on: a bug to report, not a reason to lose the run. */
    static final String CODER_ERROR = "coder-error";

    private final PipelineHolder.Settings settings;
    private final LongAccumulator articles;
    private final LongAccumulator sentences;

    PartitionCoder(PipelineHolder.Settings settings, LongAccumulator articles, LongAccumulator sentences) {
        this.settings = settings;
        this.articles = articles;
        this.sentences = sentences;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        AtalayaPipeline pipeline = PipelineHolder.get(settings);
        return new Iterator<>() {
            private final Deque<Row> pending = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && input.hasNext()) {
                    code(pipeline, input.next(), pending);
                }
                return !pending.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.poll();
            }
        };
    }

    private void code(AtalayaPipeline pipeline, Row read, Deque<Row> out) {
        if (RecordRows.isReject(read)) {
            out.add(RecordRows.rejectOfRead(read));
            return;
        }
        Article article = RecordRows.article(read);
        try {
            CodingResult result = pipeline.code(article);
            articles.add(1);
            sentences.add(result.sentences());
            for (EventRecord e : result.events()) {
                out.add(RecordRows.event(EventRows.toRow(e)));
            }
        } catch (ArticleRejectedException e) {
            out.add(RecordRows.rejectOfArticle(article, e.reason(), e.getMessage()));
        } catch (RuntimeException e) {
            out.add(RecordRows.rejectOfArticle(article, CODER_ERROR, e.getClass().getName() + ": " + e.getMessage()));
        }
    }
}
