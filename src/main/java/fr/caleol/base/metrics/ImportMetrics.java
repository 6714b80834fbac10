package fr.caleol.base.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.springframework.stereotype.Component;

/**
 * The meters of every file import: {@code caleol.imports} (a timer: how long, how many) and
 * {@code caleol.imports.lines} (a counter of data lines), both tagged with the {@code kind} of file and the
 * {@code outcome}: {@code imported} (every line), {@code rejected} (errors reported, nothing imported) or
 * {@code failed} (an unexpected error).
 */
@Component
public class ImportMetrics {

    private final MeterRegistry registry;

    public ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs an import and records it; {@code lines} and {@code succeeded} read its report. */
    public <R> R measure(String kind, Supplier<R> work, ToIntFunction<R> lines, Predicate<R> succeeded) {
        long started = System.nanoTime();
        String outcome = "failed";
        int count = 0;
        try {
            R report = work.get();
            count = lines.applyAsInt(report);
            outcome = succeeded.test(report) ? "imported" : "rejected";
            return report;
        } finally {
            Timer.builder("caleol.imports").description("File imports: duration and count")
                    .tag("kind", kind).tag("outcome", outcome)
                    .register(registry).record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
            Counter.builder("caleol.imports.lines").description("Data lines read by file imports")
                    .tag("kind", kind).tag("outcome", outcome)
                    .register(registry).increment(count);
        }
    }
}
