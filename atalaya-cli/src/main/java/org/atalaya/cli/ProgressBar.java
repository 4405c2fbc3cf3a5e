package org.atalaya.cli;

import java.io.PrintStream;
import java.time.Duration;
import org.atalaya.store.IngestProgress;
import org.atalaya.store.ProgressListener;

/**
 * A one-line progress bar on stderr: share of the input done, articles done, rate and time left.
 * Redrawn in place on a terminal; on a pipe or file it prints a line at most every ten seconds.
 */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final boolean terminal;
    private long lastPrint;

    ProgressBar(PrintStream err) {
        this.err = err;
        this.terminal = System.console() != null;
    }

    @Override
    public void progress(IngestProgress p) {
        long now = System.currentTimeMillis();
        if (!terminal && now - lastPrint < 10_000) {
            return;
        }
        lastPrint = now;
        double f = p.fraction().orElse(0);
        int filled = (int) Math.round(f * WIDTH);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        String eta = p.eta().map(ProgressBar::format).orElse("?");
        String line = String.format("[%s] %3.0f%%  %,d articles  %.1f/s  %,d events  %,d rejected  left %s",
                bar, 100 * f, p.done(), p.perSecond(), p.mentions(), p.rejected(), eta);
        err.print(terminal ? "\r" + line : line + "\n");
        err.flush();
    }

    void finish() {
        if (terminal) {
            err.println();
        }
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s % 3600 / 60) : String.format("%dm%02ds", s / 60, s % 60);
    }
}
