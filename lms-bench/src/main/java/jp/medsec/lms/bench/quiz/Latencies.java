package jp.medsec.lms.bench.quiz;

import java.util.Arrays;

/** Response times of one run, for percentiles (nearest rank). */
record Latencies(long[] sortedNanos) {

    static Latencies of(long[] nanos) {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return new Latencies(copy);
    }

    /** The p-th percentile in milliseconds (p from 0 to 100); NaN when nothing was measured. */
    double ms(double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length, rank) - 1)] / 1e6;
    }
}
