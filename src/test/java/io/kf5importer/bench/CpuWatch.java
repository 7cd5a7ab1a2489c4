package io.kf5importer.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The CPU time that groups of processes have used, read every {@value #SAMPLE_MILLIS} ms: on a machine where the
 * client, its database and the sandbox share the cores, the CPU a ticket costs each of them says more than a pace.
 */
final class CpuWatch implements AutoCloseable {

    static final long SAMPLE_MILLIS = 100;

    /** CPU nanoseconds per group, and when they were read ({@link System#currentTimeMillis()}). */
    record Sample(long millis, Map<String, Long> cpuNanos) {
    }

    private final Map<String, Supplier<List<ProcessHandle>>> groups;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean stopped;

    /** @param groups each group's processes, looked up again at every sample (a database may start late) */
    CpuWatch(Map<String, Supplier<List<ProcessHandle>>> groups) {
        this.groups = groups;
        this.sampler = new Thread(this::sample, "cpu-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** A process and every process it started that is still alive. */
    static List<ProcessHandle> withDescendants(ProcessHandle process) {
        List<ProcessHandle> all = new ArrayList<>(List.of(process));
        process.descendants().forEach(all::add);
        return all;
    }

    /** Processes whose command line holds {@code text} (such as a data folder), with their descendants. */
    static List<ProcessHandle> byCommandLine(String text) {
        List<ProcessHandle> found = new ArrayList<>();
        ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(text))
                .forEach(process -> found.addAll(withDescendants(process)));
        return found;
    }

    private void sample() {
        while (!stopped) {
            Map<String, Long> cpu = new LinkedHashMap<>();
            groups.forEach((name, processes) -> cpu.put(name, processes.get().stream()
                    .mapToLong(process -> process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                    .sum()));
            synchronized (samples) {
                samples.add(new Sample(System.currentTimeMillis(), cpu));
            }
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The sample read closest to {@code millis}. */
    Sample at(long millis) {
        synchronized (samples) {
            return samples.stream().min((a, b) -> Long.compare(Math.abs(a.millis() - millis),
                    Math.abs(b.millis() - millis))).orElseThrow();
        }
    }

    /** Milliseconds of CPU per ticket each group used between two moments, over {@code tickets} tickets. */
    Map<String, Double> perTicket(long fromMillis, long toMillis, long tickets) {
        Sample from = at(fromMillis);
        Sample to = at(toMillis);
        Map<String, Double> cost = new LinkedHashMap<>();
        to.cpuNanos().forEach((name, nanos) -> cost.put(name,
                (nanos - from.cpuNanos().getOrDefault(name, 0L)) / 1e6 / tickets));
        return cost;
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        sampler.interrupt();
        sampler.join(5_000);
    }
}
