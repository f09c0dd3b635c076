package org.tollgate.lists.uk;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParsedList;

/**
 * Parses an OFSI XLSX file and prints the entity count and the peak heap in use, for {@link
 * ConListXlsxParserTest} to run in a JVM with a capped heap. Usable by hand too: {@code java -Xmx512m -cp ...
 * org.tollgate.lists.uk.ConListHeapProbe UK_Sanctions_List.xlsx}.
 */
public final class ConListHeapProbe {
    private ConListHeapProbe() {}

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        ParsedList list = new ConListXlsxParser().parse(Path.of(args[0]), ParseOptions.lenient());
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("entities=" + list.entities().size() + " problems=" + list.problemCount() + " peakHeapMiB="
                + (peak >> 20) + " maxHeapMiB=" + (Runtime.getRuntime().maxMemory() >> 20) + " millis=" + millis);
    }
}
