package org.atalaya.io;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * The records of a set of inputs, read one at a time: at most one line (bounded in size) or one
 * text file is in memory, whatever the size of the input. Not thread-safe except {@link #bytesRead()},
 * which a progress display may poll from another thread.
 */
public final class ArticleStream implements Iterator<ReadItem>, AutoCloseable {
    /** Yields the records of one input; I/O failures become an UNREADABLE record, not an exception. */
    private interface Source extends AutoCloseable {
        Optional<ReadItem> next();

        @Override
        void close();
    }

    private final InputWalker walker;
    private final int maxChars;
    private final JsonArticleParser parser;
    private final InputStream stdin;
    private final AtomicLong bytesRead = new AtomicLong();
    private final OptionalLong totalBytes;
    private Optional<Source> current = Optional.empty();
    private Optional<ReadItem> lookahead = Optional.empty();

    ArticleStream(List<String> inputs, int maxChars, InputStream stdin) {
        this(new InputWalker(inputs), maxChars, stdin, InputWalker.totalBytes(inputs));
    }

    private ArticleStream(InputWalker walker, int maxChars, InputStream stdin, OptionalLong totalBytes) {
        this.walker = walker;
        this.maxChars = maxChars;
        this.parser = new JsonArticleParser(maxChars);
        this.stdin = stdin;
        this.totalBytes = totalBytes;
    }

    /**
     * The records of one input that the caller opened (a file on HDFS or S3, for the Spark job), read
     * exactly as a local file called {@code name} would be: {@code .txt} is one article, {@code .jsonl}
     * and {@code .jsonl.gz} one per line, and every origin and reject names {@code name}.
     */
    static ArticleStream ofOpened(String name, InputStream in, int maxChars) {
        ArticleStream s = new ArticleStream(new InputWalker(List.of()), maxChars, InputStream.nullInputStream(),
                OptionalLong.empty());
        s.current = Optional.of(s.openNamed(name, in));
        return s;
    }

    private Source openNamed(String name, InputStream raw) {
        InputStream in = new Counting(raw, bytesRead);
        try {
            if (name.endsWith(".txt")) {
                try (in) {
                    byte[] bytes = in.readNBytes(3 * maxChars + 4);
                    String id = TextArticles.idOf(name.substring(name.lastIndexOf('/') + 1));
                    if (bytes.length > 3 * maxChars + 3) {
                        return single(new RejectedRecord(name, 1, RejectKind.TOO_LONG,
                                "article '" + id + "': file has more than " + maxChars + " chars"));
                    }
                    return single(decodeText(name, id, bytes, bytes.length));
                }
            }
            if (!InputWalker.supported(name)) {
                in.close();
                return single(new RejectedRecord(name, 0, RejectKind.UNSUPPORTED_FILE,
                        "not a .txt, .jsonl or .jsonl.gz file"));
            }
            return new JsonlSource(name, name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in);
        } catch (IOException e) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the read already failed; that failure is the one reported
            }
            return single(new RejectedRecord(name, 0, RejectKind.UNREADABLE, String.valueOf(e.getMessage())));
        }
    }

    /** Bytes consumed so far from the files (compressed bytes for .gz), for progress and ETA. */
    public long bytesRead() {
        return bytesRead.get();
    }

    /** Total size of the inputs, or empty when reading standard input. */
    public OptionalLong totalBytes() {
        return totalBytes;
    }

    @Override
    public boolean hasNext() {
        while (lookahead.isEmpty()) {
            if (current.isPresent()) {
                lookahead = current.get().next();
                if (lookahead.isEmpty()) {
                    current.get().close();
                    current = Optional.empty();
                }
            } else if (walker.hasNext()) {
                current = Optional.of(open(walker.next()));
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public ReadItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadItem item = lookahead.get();
        lookahead = Optional.empty();
        return item;
    }

    @Override
    public void close() {
        current.ifPresent(Source::close);
        current = Optional.empty();
    }

    private Source open(InputWalker.Entry entry) {
        if (entry instanceof InputWalker.BadEntry bad) {
            return single(bad.reject());
        }
        if (entry instanceof InputWalker.StdinEntry) {
            return openStdin();
        }
        InputWalker.FileEntry file = (InputWalker.FileEntry) entry;
        String name = file.name();
        try {
            if (name.endsWith(".txt")) {
                return single(readText(file.path(), name));
            }
            InputStream in = new Counting(Files.newInputStream(file.path()), bytesRead);
            if (name.endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            return new JsonlSource(name, in);
        } catch (IOException e) {
            return single(new RejectedRecord(name, 0, RejectKind.UNREADABLE, String.valueOf(e.getMessage())));
        }
    }

    private ReadItem readText(Path path, String name) throws IOException {
        String id = TextArticles.idOf(path.getFileName().toString());
        long size = Files.size(path);
        // A UTF-16 unit takes at most 3 UTF-8 bytes, so a larger file is too long without reading it.
        if (size > 3L * maxChars + 3) {
            bytesRead.addAndGet(size);
            return new RejectedRecord(name, 1, RejectKind.TOO_LONG,
                    "article '" + id + "': file has " + size + " bytes, more than " + maxChars + " chars");
        }
        byte[] bytes = Files.readAllBytes(path);
        bytesRead.addAndGet(bytes.length);
        return decodeText(name, id, bytes, bytes.length);
    }

    private ReadItem decodeText(String name, String id, byte[] bytes, int length) {
        try {
            String text = StrictUtf8.decode(bytes, length);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return TextArticles.of(name, id, text, maxChars);
        } catch (StrictUtf8.DecodeException e) {
            long line = 1;
            for (int i = 0; i < e.offset(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            return new RejectedRecord(name, line, RejectKind.UNDECODABLE,
                    "article '" + id + "': " + e.getMessage() + " of the file");
        }
    }

    /** Standard input is JSONL when its first non-blank byte opens an object, else one text article. */
    private Source openStdin() {
        try {
            BufferedInputStream in = new BufferedInputStream(new Counting(new NonClosing(stdin), bytesRead), 1 << 16);
            in.mark(1 << 16);
            int b;
            int seen = 0;
            do {
                b = in.read();
                seen++;
            } while (b != -1 && seen < (1 << 16) && (Character.isWhitespace(b) || b == 0xEF || b == 0xBB || b == 0xBF));
            in.reset();
            if (b == '{') {
                return new JsonlSource(InputWalker.STDIN, in);
            }
            byte[] bytes = in.readNBytes(3 * maxChars + 4);
            if (bytes.length > 3 * maxChars + 3) {
                return single(new RejectedRecord(InputWalker.STDIN, 1, RejectKind.TOO_LONG,
                        "standard input is longer than " + maxChars + " chars"));
            }
            return single(decodeText(InputWalker.STDIN, "stdin", bytes, bytes.length));
        } catch (IOException e) {
            return single(new RejectedRecord(InputWalker.STDIN, 0, RejectKind.UNREADABLE, String.valueOf(e.getMessage())));
        }
    }

    private static Source single(ReadItem item) {
        return new Source() {
            private boolean done;

            @Override
            public Optional<ReadItem> next() {
                if (done) {
                    return Optional.empty();
                }
                done = true;
                return Optional.of(item);
            }

            @Override
            public void close() {
            }
        };
    }

    /** One JSON object per line; blank lines are not records and are passed over. */
    private final class JsonlSource implements Source {
        private final String name;
        private final ByteLineReader lines;
        private long lastLine;
        private boolean failed;

        JsonlSource(String name, InputStream in) {
            this.name = name;
            // JSON escapes can take 6 bytes per char (\u00e9), plus room for the other fields.
            this.lines = new ByteLineReader(in, (int) Math.min(1L << 30, 6L * maxChars + (1 << 16)));
        }

        @Override
        public Optional<ReadItem> next() {
            if (failed) {
                return Optional.empty();
            }
            try {
                while (true) {
                    Optional<ByteLineReader.Line> next = lines.next();
                    if (next.isEmpty()) {
                        return Optional.empty();
                    }
                    ByteLineReader.Line line = next.get();
                    lastLine = line.number();
                    if (line.overLong()) {
                        return Optional.of(new RejectedRecord(name, line.number(), RejectKind.TOO_LONG,
                                "line has " + line.length() + " bytes, more than an article of " + maxChars + " chars"));
                    }
                    if (isBlank(line.bytes())) {
                        continue;
                    }
                    try {
                        String json = StrictUtf8.decode(line.bytes(), line.bytes().length);
                        return Optional.of(parser.parse(name, line.number(), json));
                    } catch (StrictUtf8.DecodeException e) {
                        return Optional.of(new RejectedRecord(name, line.number(), RejectKind.UNDECODABLE,
                                e.getMessage() + " of the line"));
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                failed = true;
                return Optional.of(new RejectedRecord(name, lastLine + 1, RejectKind.UNREADABLE,
                        "reading stopped: " + e.getMessage()));
            }
        }

        @Override
        public void close() {
            try {
                lines.close();
            } catch (IOException e) {
                // nothing more will be read from it; the records already read stand
            }
        }

        private boolean isBlank(byte[] bytes) {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    /** Counts the raw bytes read, before decompression, so progress matches the file sizes. */
    private static final class Counting extends FilterInputStream {
        private final AtomicLong counter;

        Counting(InputStream in, AtomicLong counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counter.addAndGet(n);
            }
            return n;
        }
    }

    /** Standard input belongs to the process; reading it must not close it. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
