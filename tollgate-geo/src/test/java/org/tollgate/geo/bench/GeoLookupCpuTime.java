package org.tollgate.geo.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Random;
import org.tollgate.geo.GeoScreener;
import org.tollgate.geo.GeoSources;
import org.tollgate.geo.ip.IpAddress;
import org.tollgate.geo.ip.ReservedRanges;
import org.tollgate.geo.mmdb.Location;

/**
 * The lookup loop of {@link GeoLookupBenchmark}, timed by the thread's CPU clock as well as the wall clock. On a
 * machine shared with other work, JMH's wall-clock throughput counts the time the thread waits for a core; the CPU
 * time per lookup is what a dedicated core would do.
 *
 * <p>Run: {@code ./mvnw -q -pl tollgate-geo -am test-compile exec:exec
 * -Dbench.main=org.tollgate.geo.bench.GeoLookupCpuTime -Djmh.args=}
 */
public final class GeoLookupCpuTime {
    private GeoLookupCpuTime() {}

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Path dir = GeoSources.defaultDataDirectory()
                .orElseThrow(() -> new IllegalStateException(
                        "no IP databases: run scripts/install-geo-data.sh or set " + GeoSources.DATA_ENV));
        long wall0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        try (GeoScreener screener = GeoScreener.open(GeoSources.fromDataDirectory(dir))) {
            System.out.printf(
                    "open: %.0f ms CPU, %.0f ms wall%n",
                    (threads.getCurrentThreadCpuTime() - cpu0) / 1e6, (System.nanoTime() - wall0) / 1e6);
            int size = 1 << 16;
            int lookups = 5_000_000;
            for (String mode : new String[] {"uniform", "populated"}) {
                IpAddress[] ips = new IpAddress[size];
                Random random = new Random(20261129);
                int n = 0;
                while (n < size) {
                    IpAddress ip = IpAddress.ofIpv4(random.nextInt());
                    if (ReservedRanges.isReserved(ip)
                            || (mode.equals("populated")
                                    && screener.lookup(ip).cityDatabase().equals(Location.NONE))) {
                        continue;
                    }
                    ips[n++] = ip;
                }
                long sink = 0;
                for (int round = 1; round <= 6; round++) {
                    long wall = System.nanoTime();
                    long cpu = threads.getCurrentThreadCpuTime();
                    for (int i = 0; i < lookups; i++) {
                        sink += screener.lookup(ips[i & (size - 1)]).flags().size();
                    }
                    cpu = threads.getCurrentThreadCpuTime() - cpu;
                    wall = System.nanoTime() - wall;
                    System.out.printf(
                            "%s round %d%s: %.0f ns CPU per lookup (%.2f M/s), %.0f ns wall (%.2f M/s)%n",
                            mode,
                            round,
                            round == 1 ? " (warm-up)" : "",
                            cpu / (double) lookups,
                            lookups / (cpu / 1e9) / 1e6,
                            wall / (double) lookups,
                            lookups / (wall / 1e9) / 1e6);
                }
                System.out.println(mode + " checksum " + sink);
            }
        }
    }
}
