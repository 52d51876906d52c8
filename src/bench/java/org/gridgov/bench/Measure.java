package org.gridgov.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

/** Latency, rates, CPU: what every timed benchmark records. */
final class Measure {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Measure() {
  }

  static Recorder recorder() {
    return new Recorder(3);
  }

  static double ms(Histogram h, double percentile) {
    return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1_000_000.0;
  }

  static double maxMs(Histogram h) {
    return h.getTotalCount() == 0 ? Double.NaN : h.getMaxValue() / 1_000_000.0;
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  /** The run whose value of the main figure is the median one (so that its other figures belong together). */
  static <T> T medianRun(List<T> runs, java.util.function.ToDoubleFunction<T> figure) {
    List<T> sorted = new ArrayList<>(runs);
    sorted.sort(java.util.Comparator.comparingDouble(figure));
    return sorted.get(sorted.size() / 2);
  }

  /** CPU time of the whole JVM (nanoseconds). */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** CPU time of the calling thread (nanoseconds); the load generator adds its threads' figures up. */
  static long threadCpuNanos() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** Sums the CPU time of the threads that ran a piece of load (each adds its own at the end). */
  static final class CpuTally {
    private final AtomicLong nanos = new AtomicLong();

    void addCurrentThread(long startNanos) {
      nanos.addAndGet(threadCpuNanos() - startNanos);
    }

    double seconds() {
      return nanos.get() / 1e9;
    }
  }

  static String percentiles(Histogram h) {
    return Arrays.toString(new double[] {ms(h, 50), ms(h, 95), ms(h, 99), maxMs(h)});
  }
}
