package org.gridgov.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Load generators. Closed loop: n threads, each starts the next operation when the last one
 * ended (saturation throughput). Open loop: operations start on a fixed schedule whatever
 * happens, and latency counts from the moment an operation <em>should</em> have started, so a
 * stall is charged to every operation that waited behind it (no coordinated omission).
 */
final class Load {

  /** What one run of load produced. */
  record Result(long operations, long errors, long optimisticLocking, double seconds, Histogram latency,
      double processCpuSeconds, double driverCpuSeconds, double generatorCpuSeconds, List<Long> backlog) {

    double perSecond() {
      return operations / seconds;
    }

    /** Share of the machine the JVM used (1.0 = every core busy). */
    double cpuShare() {
      return processCpuSeconds / seconds / Runtime.getRuntime().availableProcessors();
    }
  }

  private Load() {
  }

  static Result closed(int threads, double seconds, Runnable operation) throws InterruptedException {
    Recorder recorder = Measure.recorder();
    AtomicLong done = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicLong conflicts = new AtomicLong();
    Measure.CpuTally cpu = new Measure.CpuTally();
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    CountDownLatch finished = new CountDownLatch(threads);
    long cpuStart = Measure.processCpuNanos();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      Thread worker = new Thread(() -> {
        long threadCpu = Measure.threadCpuNanos();
        try {
          while (System.nanoTime() < deadline) {
            long begin = System.nanoTime();
            if (run(operation, errors, conflicts)) {
              recorder.recordValue(System.nanoTime() - begin);
              done.incrementAndGet();
            }
          }
        } finally {
          cpu.addCurrentThread(threadCpu);
          finished.countDown();
        }
      }, "bench-closed-" + t);
      worker.start();
    }
    finished.await();
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new Result(done.get(), errors.get(), conflicts.get(), elapsed, recorder.getIntervalHistogram(),
        (Measure.processCpuNanos() - cpuStart) / 1e9, cpu.seconds(), 0, List.of());
  }

  /**
   * Starts {@code rate} operations per second for the given time on a pool of {@code workers}
   * threads, then waits for the started ones to end. {@code backlog} holds the operations started
   * but not finished, sampled every {@code sampleSeconds}.
   */
  static Result open(double rate, double seconds, int workers, double sampleSeconds, Runnable operation)
      throws InterruptedException {
    Recorder recorder = Measure.recorder();
    AtomicLong done = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicLong conflicts = new AtomicLong();
    AtomicInteger inFlight = new AtomicInteger();
    Measure.CpuTally cpu = new Measure.CpuTally();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    List<Long> backlog = new ArrayList<>();
    long total = (long) (rate * seconds);
    long interval = (long) (1e9 / rate);
    long sampleEvery = (long) (sampleSeconds * 1e9);
    long cpuStart = Measure.processCpuNanos();
    long generatorCpu = Measure.threadCpuNanos();
    long start = System.nanoTime();
    long nextSample = start + sampleEvery;
    for (long i = 0; i < total; i++) {
      long intended = start + i * interval;
      long now;
      while ((now = System.nanoTime()) < intended) {
        LockSupport.parkNanos(intended - now);
      }
      if (now >= nextSample) {
        backlog.add((long) inFlight.get());
        nextSample += sampleEvery;
      }
      inFlight.incrementAndGet();
      pool.execute(() -> {
        long threadCpu = Measure.threadCpuNanos();
        try {
          if (run(operation, errors, conflicts)) {
            recorder.recordValue(System.nanoTime() - intended);
            done.incrementAndGet();
          }
        } finally {
          inFlight.decrementAndGet();
          cpu.addCurrentThread(threadCpu);
        }
      });
    }
    double generatorSeconds = (Measure.threadCpuNanos() - generatorCpu) / 1e9;
    backlog.add((long) inFlight.get());
    pool.shutdown();
    pool.awaitTermination(30, TimeUnit.MINUTES);
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new Result(done.get(), errors.get(), conflicts.get(), elapsed, recorder.getIntervalHistogram(),
        (Measure.processCpuNanos() - cpuStart) / 1e9, cpu.seconds(), generatorSeconds, backlog);
  }

  private static boolean run(Runnable operation, AtomicLong errors, AtomicLong conflicts) {
    try {
      operation.run();
      return true;
    } catch (OptimisticLockingException e) {
      conflicts.incrementAndGet();
    } catch (RuntimeException e) {
      if (errors.incrementAndGet() <= 3) {
        System.err.println("bench operation failed: " + e);
      }
    }
    return false;
  }
}
