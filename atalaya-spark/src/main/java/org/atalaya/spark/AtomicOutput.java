package org.atalaya.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Puts a finished output in place in one step, so a reader never sees half of a run or a mix of two
 * runs. The job writes everything under a hidden sibling of the destination ({@code .NAME.tmp-UUID},
 * which Spark, Hive and DuckDB globs pass over), and only when every dataset is complete is it
 * renamed to the destination. On HDFS and local disks a rename is atomic. With {@code --overwrite}
 * the old output is first renamed aside and deleted after the new one is in place: between the two
 * renames the destination is briefly absent, never mixed. On S3 a "rename" is a copy; use a
 * committer-backed table format there or write each run to a new path (docs/spark.md).
 */
final class AtomicOutput {
    private final FileSystem fs;
    private final Path destination;
    private final Path staging;

    private AtomicOutput(FileSystem fs, Path destination, Path staging) {
        this.fs = fs;
        this.destination = destination;
        this.staging = staging;
    }

    static AtomicOutput at(String destination, Configuration conf) {
        Path dest = new Path(destination);
        try {
            FileSystem fs = dest.getFileSystem(conf);
            Path qualified = fs.makeQualified(dest);
            if (qualified.getParent() == null) {
                throw new IllegalArgumentException("the output cannot be a file-system root: " + destination);
            }
            Path staging = new Path(qualified.getParent(), "." + qualified.getName() + ".tmp-" + UUID.randomUUID());
            return new AtomicOutput(fs, qualified, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the output's file system for " + destination, e);
        }
    }

    boolean exists() {
        try {
            return fs.exists(destination);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check " + destination, e);
        }
    }

    Path destination() {
        return destination;
    }

    /** Where the datasets are written before they are put in place. */
    Path staging() {
        return staging;
    }

    /** Moves the staging directory into place, replacing an existing output only when {@code overwrite}. */
    void commit(boolean overwrite) {
        try {
            Path old = new Path(staging.getParent(), "." + destination.getName() + ".old-" + UUID.randomUUID());
            boolean replaced = false;
            if (fs.exists(destination)) {
                if (!overwrite) {
                    throw new IllegalStateException(destination + " appeared while the job ran; the new output is left in "
                            + staging);
                }
                if (!fs.rename(destination, old)) {
                    throw new IOException("could not move the old output aside to " + old);
                }
                replaced = true;
            }
            if (!fs.rename(staging, destination)) {
                if (replaced) {
                    fs.rename(old, destination);
                }
                throw new IOException("could not rename " + staging + " to " + destination);
            }
            if (replaced) {
                fs.delete(old, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the output in place at " + destination + ": " + e.getMessage(), e);
        }
    }

    /** Removes the staging directory after a failed run, so no partial output is left behind. */
    void abandon() {
        try {
            fs.delete(staging, true);
        } catch (IOException e) {
            // the run already failed with its own error; a leftover hidden directory is harmless
        }
    }
}
