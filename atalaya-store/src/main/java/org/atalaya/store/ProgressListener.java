package org.atalaya.store;

/**
 * Receives progress from the writer thread. It must be quick and must not throw: an exception is
 * ignored, since a display problem must not stop an ingest.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = p -> { };

    void progress(IngestProgress p);
}
