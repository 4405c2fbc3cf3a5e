package org.atalaya.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DayCountsTest {
    private static final LocalDate D0 = LocalDate.of(2021, 5, 1);
    /** 3 mentions on May 1, 1 on May 2, 4 on May 5. */
    private static final DayCounts COUNTS = new DayCounts(
            new long[] {D0.toEpochDay(), D0.plusDays(1).toEpochDay(), D0.plusDays(4).toEpochDay()}, new long[] {3, 1, 4});

    private static DayCounts.Window window(int first, int last, long skip) {
        return new DayCounts.Window(D0.plusDays(first), D0.plusDays(last), skip);
    }

    @Test
    void aPageLiesOnTheDaysOfItsFirstAndLastRow() {
        assertThat(COUNTS.total()).isEqualTo(8);
        assertThat(COUNTS.window(0, 3)).contains(window(0, 0, 0));
        assertThat(COUNTS.window(0, 4)).contains(window(0, 1, 0));
        assertThat(COUNTS.window(2, 2)).contains(window(0, 1, 2));
        assertThat(COUNTS.window(3, 1)).contains(window(1, 1, 0));
        assertThat(COUNTS.window(3, 2)).contains(window(1, 4, 0));
        assertThat(COUNTS.window(5, 100)).contains(window(4, 4, 1));
        assertThat(COUNTS.window(7, 1)).contains(window(4, 4, 3));
        assertThat(COUNTS.window(1, EventQuery.UNLIMITED)).contains(window(0, 4, 1));
    }

    @Test
    void anEmptyPageReadsNothing() {
        assertThat(COUNTS.window(8, 10)).isEmpty();
        assertThat(COUNTS.window(Long.MAX_VALUE / 2, 10)).isEmpty();
        assertThat(COUNTS.window(0, 0)).isEmpty();
        assertThat(new DayCounts(new long[0], new long[0]).window(0, 10)).isEqualTo(Optional.empty());
    }

    @Test
    void countsMustBePositiveOnAscendingDays() {
        assertThatThrownBy(() -> new DayCounts(new long[] {2, 1}, new long[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DayCounts(new long[] {1, 2}, new long[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
