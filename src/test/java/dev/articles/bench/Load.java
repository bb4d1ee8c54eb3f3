package dev.articles.bench;

import io.grpc.stub.StreamObserver;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** A closed-loop load generator over async stubs: a fixed number of calls in flight, each reissued on reply. */
final class Load {
  private Load() {}

  /** Starts one call; the observer must be completed exactly once. */
  interface Call {
    void start(StreamObserver<Object> done);
  }

  /** What a run measured. */
  record Result(long calls, long errors, double seconds, Histogram latencyNanos) {
    double qps() {
      return calls / seconds;
    }

    double micros(double percentile) {
      return latencyNanos.getValueAtPercentile(percentile) / 1000.0;
    }
  }

  /** Keeps {@code concurrency} calls in flight for {@code seconds}, recording each call's latency. */
  static Result closedLoop(Call call, int concurrency, double seconds) throws InterruptedException {
    Recorder recorder = new Recorder(3);
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong errors = new AtomicLong();
    CountDownLatch stopped = new CountDownLatch(concurrency);
    long start = System.nanoTime();
    for (int i = 0; i < concurrency; i++) {
      issue(call, recorder, running, errors, stopped);
    }
    TimeUnit.NANOSECONDS.sleep((long) (seconds * 1e9));
    running.set(false);
    double elapsed = (System.nanoTime() - start) / 1e9;
    Histogram h = recorder.getIntervalHistogram();
    stopped.await(30, TimeUnit.SECONDS);
    return new Result(h.getTotalCount(), errors.get(), elapsed, h);
  }

  private static void issue(Call call, Recorder recorder, AtomicBoolean running, AtomicLong errors,
                            CountDownLatch stopped) {
    long t0 = System.nanoTime();
    call.start(new StreamObserver<>() {
      @Override
      public void onNext(Object value) {}

      @Override
      public void onError(Throwable t) {
        errors.incrementAndGet();
        next();
      }

      @Override
      public void onCompleted() {
        recorder.recordValue(System.nanoTime() - t0);
        next();
      }

      private void next() {
        if (running.get()) {
          issue(call, recorder, running, errors, stopped);
        } else {
          stopped.countDown();
        }
      }
    });
  }

  /** How many messages one read of a stream took, and how long. */
  record StreamRun(long messages, double seconds) {}

  /** Reads one server stream to its end, or for at most {@code seconds}. */
  static StreamRun streamRun(Consumer<StreamObserver<Object>> stream, double seconds) throws InterruptedException {
    AtomicLong messages = new AtomicLong();
    CountDownLatch done = new CountDownLatch(1);
    long start = System.nanoTime();
    stream.accept(new StreamObserver<>() {
      @Override
      public void onNext(Object value) {
        messages.incrementAndGet();
      }

      @Override
      public void onError(Throwable t) {
        done.countDown();
      }

      @Override
      public void onCompleted() {
        done.countDown();
      }
    });
    done.await((long) (seconds * 1000), TimeUnit.MILLISECONDS);
    return new StreamRun(messages.get(), (System.nanoTime() - start) / 1e9);
  }
}
