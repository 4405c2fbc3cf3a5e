package org.atalaya.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Expands the command-line inputs (files, directories, {@code -}) into the files to read, lazily and
 * in a fixed order: each directory's entries are sorted by name, so two runs over the same tree see
 * the same articles in the same order (which the store relies on for identical results).
 */
final class InputWalker implements Iterator<InputWalker.Entry> {
    static final String STDIN = "-";

    /** A file to read, standard input, or an argument that cannot be read at all. */
    sealed interface Entry permits FileEntry, StdinEntry, BadEntry {
    }

    record FileEntry(Path path, String name) implements Entry {
    }

    record StdinEntry() implements Entry {
    }

    record BadEntry(RejectedRecord reject) implements Entry {
    }

    private final Deque<Iterator<Object>> stack = new ArrayDeque<>();
    private Optional<Entry> lookahead = Optional.empty();

    InputWalker(List<String> inputs) {
        stack.push(List.<Object>copyOf(inputs).iterator());
    }

    static boolean supported(String name) {
        return name.endsWith(".txt") || name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
    }

    /** Sum of the sizes of the files to read, or empty when standard input is among them. */
    static OptionalLong totalBytes(List<String> inputs) {
        long total = 0;
        for (String in : inputs) {
            if (in.equals(STDIN)) {
                return OptionalLong.empty();
            }
            Path p = Path.of(in);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    total += walk.filter(f -> Files.isRegularFile(f) && wanted(f)).mapToLong(InputWalker::size).sum();
                } catch (IOException | UncheckedIOException e) {
                    return OptionalLong.empty();
                }
            } else if (Files.isRegularFile(p)) {
                total += size(p);
            }
        }
        return OptionalLong.of(total);
    }

    @Override
    public boolean hasNext() {
        if (lookahead.isEmpty()) {
            lookahead = advance();
        }
        return lookahead.isPresent();
    }

    @Override
    public Entry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Entry e = lookahead.get();
        lookahead = Optional.empty();
        return e;
    }

    /** The next entry, or empty when every input is exhausted. */
    private Optional<Entry> advance() {
        while (!stack.isEmpty()) {
            if (!stack.peek().hasNext()) {
                stack.pop();
                continue;
            }
            Object item = stack.peek().next();
            if (item instanceof String arg) {
                Optional<Entry> e = argument(arg);
                if (e.isPresent()) {
                    return e;
                }
                continue;
            }
            Path p = (Path) item;
            if (Files.isDirectory(p)) {
                pushDirectory(p);
            } else if (wanted(p)) {
                return Optional.of(new FileEntry(p, p.toString()));
            }
        }
        return Optional.empty();
    }

    /** The entry for one argument, or empty when it was a directory (now pushed on the stack). */
    private Optional<Entry> argument(String arg) {
        if (arg.equals(STDIN)) {
            return Optional.of(new StdinEntry());
        }
        Path p = Path.of(arg);
        if (Files.isDirectory(p)) {
            pushDirectory(p);
            return Optional.empty();
        }
        if (!Files.isRegularFile(p)) {
            return Optional.of(new BadEntry(new RejectedRecord(arg, 0, RejectKind.UNREADABLE, "no such file")));
        }
        if (!supported(p.getFileName().toString())) {
            return Optional.of(new BadEntry(new RejectedRecord(arg, 0, RejectKind.UNSUPPORTED_FILE,
                    "not a .txt, .jsonl or .jsonl.gz file")));
        }
        return Optional.of(new FileEntry(p, arg));
    }

    private void pushDirectory(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            List<Object> children = list.filter(c -> !c.getFileName().toString().startsWith("."))
                    .sorted().map(c -> (Object) c).toList();
            stack.push(children.iterator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean wanted(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && supported(name);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
