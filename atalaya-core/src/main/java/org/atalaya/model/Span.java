package org.atalaya.model;

/** A half-open range {@code [begin, end)} of UTF-16 offsets into an article's text. */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    public static Span cover(Span a, Span b) {
        return new Span(Math.min(a.begin, b.begin), Math.max(a.end, b.end));
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public String of(String text) {
        return text.substring(begin, end);
    }
}
