package org.atalaya.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Prints how long the built-in gazetteer takes to load and how much heap it keeps. A report, not a
 * timed assertion: timings on a shared CI machine vary too much to fail a build on. Run alone for a
 * cold-JVM number: {@code mvn -q -pl atalaya-core test -Dtest=GazetteerLoadReportTest}.
 */
class GazetteerLoadReportTest {
    @Test
    void reportLoadTimeAndHeap() {
        Runtime rt = Runtime.getRuntime();
        gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.freshBuiltIn();
        long wall = System.nanoTime() - t0;
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
        gc();
        long retained = rt.totalMemory() - rt.freeMemory() - before;
        System.out.printf("Gazetteer.builtIn(): %d entries, %d name keys; load %d ms wall, %d ms CPU; "
                + "retained heap %.1f MB%n", g.size(), g.nameCount(), wall / 1_000_000, cpu / 1_000_000,
                retained / 1e6);
        assertThat(g.size()).isPositive();
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }
}
