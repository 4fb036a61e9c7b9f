package crmgraph.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Adds up the time spent in each import stage, across the threads that run it. */
final class StageClock {

    enum Stage {
        READ,
        EXTRACT,
        RESOLVE,
        WRITE
    }

    private final Map<Stage, AtomicLong> nanos = new EnumMap<>(Stage.class);

    StageClock() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new AtomicLong());
        }
    }

    <T> T time(Stage stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.get(stage).addAndGet(System.nanoTime() - start);
        }
    }

    ImportTimings timings(long wallNanos) {
        return new ImportTimings(
                ms(nanos.get(Stage.READ).get()),
                ms(nanos.get(Stage.EXTRACT).get()),
                ms(nanos.get(Stage.RESOLVE).get()),
                ms(nanos.get(Stage.WRITE).get()),
                ms(wallNanos));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
