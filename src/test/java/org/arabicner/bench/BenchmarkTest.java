package org.arabicner.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BenchmarkTest {

    @Test
    void medianOfOddAndEvenCountsIgnoresOrderAndOutliers() {
        assertEquals(2.0, Benchmark.median(new double[] {9.0, 1.0, 2.0}));
        assertEquals(2.5, Benchmark.median(new double[] {100.0, 2.0, 3.0, 1.0}));
        assertEquals(7.0, Benchmark.median(new double[] {7.0}));
    }

    @Test
    void roundsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Benchmark(10, 1, 0, false));
    }
}
