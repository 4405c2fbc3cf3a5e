package org.atalaya.io;

import java.io.InputStream;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads articles from the inputs the CLI accepts (EVENT-FORMAT.md, "Input accepted"):
 * <ul>
 *   <li>{@code .txt}: one article; id = file name without extension; text = the whole content; a short
 *       first line without final punctuation is also the title;</li>
 *   <li>{@code .jsonl} and {@code .jsonl.gz}: one article per line with {@code id}, {@code text} and the
 *       optional {@code title}, {@code published} (YYYY-MM-DD), {@code lang}, {@code url}, {@code source};</li>
 *   <li>directories of those, recursively, in sorted order (hidden and other files are passed over);</li>
 *   <li>{@code -}: standard input, JSONL if it starts with a JSON object, else one text article.</li>
 * </ul>
 * Every record comes out, in input order, as an article or as a {@link RejectedRecord} with file,
 * line and reason; nothing is dropped silently. Reading is streaming: memory does not grow with
 * the input.
 */
public final class ArticleReader {
    /** Longest article accepted by default, in UTF-16 chars (about 150 pages of text). */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;
    private static final int LARGEST_MAX_CHARS = 100_000_000;

    private final int maxChars;

    public ArticleReader(int maxChars) {
        if (maxChars < 1 || maxChars > LARGEST_MAX_CHARS) {
            throw new IllegalArgumentException("max chars must be 1.." + LARGEST_MAX_CHARS + ", not " + maxChars);
        }
        this.maxChars = maxChars;
    }

    public static ArticleReader withDefaults() {
        return new ArticleReader(DEFAULT_MAX_CHARS);
    }

    public int maxChars() {
        return maxChars;
    }

    /** Opens the inputs (paths or {@code -}); close the result to release the open file. */
    public ArticleStream open(List<String> inputs) {
        return open(inputs, System.in);
    }

    /** As {@link #open(List)}, reading {@code -} from {@code stdin} (for tests and embedding). */
    public ArticleStream open(List<String> inputs, InputStream stdin) {
        return new ArticleStream(List.copyOf(inputs), maxChars, stdin);
    }

    /**
     * Reads one input the caller has opened, as {@link #open(List)} reads a local file of that name
     * ({@code .txt}, {@code .jsonl}, {@code .jsonl.gz}); for readers of other file systems (the Spark
     * job on HDFS or S3). Closing the result closes {@code in}.
     */
    public ArticleStream openNamed(String name, InputStream in) {
        return ArticleStream.ofOpened(name, in, maxChars);
    }

    /** The records as a sequential stream; closing the stream closes the open file. */
    public Stream<ReadItem> stream(List<String> inputs) {
        ArticleStream it = open(inputs);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(it::close);
    }
}
