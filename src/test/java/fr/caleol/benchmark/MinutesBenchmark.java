package fr.caleol.benchmark;

import fr.caleol.committee.service.LetterService;
import fr.caleol.committee.service.MinutesService;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.MinutesFixtures;
import fr.caleol.support.TestUsers;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Figures of the minutes, printed (not asserted): the time to build the minutes PDF of a sitting of 40 dwellings
 * × 3 candidates (read from the database and rendered), the time to generate its 120 letters as one ZIP of PDFs,
 * and the peak heap used during each (sampled every 2 ms). Run with {@code ./mvnw -Pbenchmark verify}.
 */
@IntegrationTest
class MinutesBenchmark {

    static final int DWELLINGS = 40;
    static final int RUNS = 3;

    @Autowired MinutesFixtures fixtures;
    @Autowired MinutesService minutes;
    @Autowired LetterService letters;

    @Test
    void print_minutes_pdf_and_letters_zip_times_with_peak_heap() throws Exception {
        long setupStart = System.nanoTime();
        LiveSitting s = fixtures.closedSitting(DWELLINGS, MinutesFixtures::ranked);
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        long id = minutes.createDraft(s.sittingId());
        minutes.submit(id, minutes.page(s.sittingId()).version());
        TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
        minutes.validate(id, minutes.page(s.sittingId()).version());
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        System.out.printf("[minutes] sitting of %d dwellings x 3 candidates held in %.1f s%n", DWELLINGS,
                (System.nanoTime() - setupStart) / 1e9);

        byte[] pdf = measure("minutes PDF (draft, built from the records)", () -> minutes.pdf(id));
        System.out.printf("[minutes] minutes PDF: %d KiB%n", pdf.length / 1024);
        measureOnce("publication (PDF rendered twice for its hash, offers opened)",
                () -> minutes.publish(id, minutes.page(s.sittingId()).version()));
        byte[] zip = measure("120 letters as a ZIP of PDFs", () -> letters.lettersZip(s.sittingId(), p -> { }));
        System.out.printf("[minutes] letters ZIP: %d KiB%n", zip.length / 1024);
        TestUsers.anonymous();
    }

    private static <T> T measure(String what, Supplier<T> action) throws InterruptedException {
        T result = action.get(); // warm-up
        List<Double> times = new ArrayList<>();
        long peak = 0;
        for (int i = 0; i < RUNS; i++) {
            Sample sample = sample(action);
            times.add(sample.millis);
            peak = Math.max(peak, sample.peakBytes);
            result = sample.result();
        }
        System.out.printf("[minutes] %s: %s ms (min %.0f), peak used heap %d MiB (baseline %d MiB)%n", what,
                times.stream().map(t -> String.format("%.0f", t)).toList(),
                times.stream().mapToDouble(Double::doubleValue).min().orElse(0), peak >> 20, baseline() >> 20);
        return result;
    }

    private static void measureOnce(String what, Supplier<?> action) throws InterruptedException {
        Sample sample = sample(action);
        System.out.printf("[minutes] %s: %.0f ms, peak used heap %d MiB%n", what, sample.millis,
                sample.peakBytes >> 20);
    }

    private record Sample(Object resultObject, double millis, long peakBytes) {
        @SuppressWarnings("unchecked")
        <T> T result() {
            return (T) resultObject;
        }
    }

    private static <T> Sample sample(Supplier<T> action) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        baseline();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong peak = new AtomicLong();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        T result = action.get();
        double millis = (System.nanoTime() - start) / 1e6;
        running.set(false);
        sampler.join();
        return new Sample(result, millis, peak.get());
    }

    private static long baseline() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
