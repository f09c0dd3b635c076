package org.tollgate.geo.bench;

import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tollgate.geo.GeoException;
import org.tollgate.geo.GeoLookup;
import org.tollgate.geo.GeoScreener;
import org.tollgate.geo.GeoSources;
import org.tollgate.geo.ip.IpAddress;
import org.tollgate.geo.ip.ReservedRanges;
import org.tollgate.geo.mmdb.Location;

/**
 * Lookups on one warmed-up thread over random public IPv4 addresses, against the real databases installed by
 * {@code scripts/install-geo-data.sh}. {@code uniform}: addresses drawn uniformly from all public IPv4 space (many
 * are in no database); {@code populated}: only addresses the city database knows, which is what real traffic looks
 * like and costs more (deeper tree walks, every part of the result filled).
 *
 * <p>Run: {@code ./mvnw -q -pl tollgate-geo -am test-compile exec:exec} (arguments for JMH in
 * {@code -Djmh.args="..."}).
 */
@State(Scope.Benchmark)
@Threads(1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class GeoLookupBenchmark {
    private static final int SIZE = 1 << 16;

    @Param({"uniform", "populated"})
    public String addresses;

    private GeoScreener screener;
    private IpAddress[] ips;
    private String[] texts;
    private int next;

    @Setup(Level.Trial)
    public void open() throws GeoException {
        Path dir = GeoSources.defaultDataDirectory()
                .orElseThrow(() -> new IllegalStateException(
                        "no IP databases: run scripts/install-geo-data.sh or set " + GeoSources.DATA_ENV));
        screener = GeoScreener.open(GeoSources.fromDataDirectory(dir));
        Random random = new Random(20261129);
        ips = new IpAddress[SIZE];
        texts = new String[SIZE];
        int n = 0;
        while (n < SIZE) {
            IpAddress ip = IpAddress.ofIpv4(random.nextInt());
            if (ReservedRanges.isReserved(ip)) {
                continue;
            }
            if (addresses.equals("populated")
                    && screener.lookup(ip).cityDatabase().equals(Location.NONE)) {
                continue;
            }
            ips[n] = ip;
            texts[n] = ip.toString();
            n++;
        }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        screener.close();
    }

    /** A full lookup: reserved check, both databases, ASN and hosting, Tor, policy. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public GeoLookup lookup() throws GeoException {
        return screener.lookup(ips[next++ & (SIZE - 1)]);
    }

    /** The same with the address given as text (parsing included). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public GeoLookup lookupText() throws GeoException {
        return screener.lookup(texts[next++ & (SIZE - 1)]);
    }

    /** Latency percentiles of a full lookup. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public GeoLookup lookupLatency() throws GeoException {
        return screener.lookup(ips[next++ & (SIZE - 1)]);
    }
}
