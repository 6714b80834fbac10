package fr.caleol.benchmark;

import java.util.Arrays;

/** The figures the benchmarks print: elapsed milliseconds, median, 95th percentile and maximum of a series. */
final class Stats {

    private Stats() {}

    static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static double p95(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
