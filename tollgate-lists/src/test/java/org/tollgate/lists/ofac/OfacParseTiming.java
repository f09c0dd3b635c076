package org.tollgate.lists.ofac;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tollgate.lists.parse.ListParser;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParsedList;
import org.tollgate.lists.testdata.TestData;

/**
 * A rough timing of the OFAC parsers on the real files: the first parse in a fresh JVM (what a command-line run
 * pays) and the best of ten after warming up. Not a test: run it by hand after {@code test-compile}, from the
 * module directory:
 *
 * <pre>{@code
 * java -cp target/classes:target/test-classes org.tollgate.lists.ofac.OfacParseTiming
 * }</pre>
 */
public final class OfacParseTiming {
    private OfacParseTiming() {}

    public static void main(String[] args) throws Exception {
        Path data = TestData.locate();
        if (data == null) {
            System.err.println("the shared list data was not found (set TOLLGATE_TESTDATA)");
            return;
        }
        Path set = Files.createTempDirectory("ofac-timing");
        try {
            Files.copy(data.resolve("ofac_sdn_2024-05-03/sdn.csv"), set.resolve("sdn.csv"));
            for (String f : List.of("add.csv", "alt.csv", "sdn_comments.csv")) {
                Files.copy(data.resolve("ofac_sdn_aux_2025-12/" + f), set.resolve(f));
            }
            time("ofac-csv 2024-05-03 sdn.csv + 2025-12 aux files", OfacCsvParser.sdn(), set);
            time("ofac-csv 2021-07 four-file set", OfacCsvParser.sdn(), data.resolve("ofac_sdn_set_2021-07"));
            time(
                    "ofac-xml consolidated 2023-03-08",
                    new OfacXmlParser(),
                    data.resolve("ofac_consolidated_nonsdn_xml_2023-03-08/ofac_non_sdn.xml"));
            time(
                    "ofac-enhanced CONS_ENHANCED.ZIP 2025-01",
                    new OfacEnhancedParser(),
                    data.resolve("ofac_consolidated_nonsdn_enhanced_2025-01/CONS_ENHANCED.ZIP"));
        } finally {
            try (var files = Files.list(set)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(set);
        }
    }

    private static void time(String what, ListParser parser, Path path) throws Exception {
        long start = System.nanoTime();
        ParsedList first = parser.parse(path, ParseOptions.lenient());
        long firstMs = (System.nanoTime() - start) / 1_000_000;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long s = System.nanoTime();
            parser.parse(path, ParseOptions.lenient());
            best = Math.min(best, System.nanoTime() - s);
        }
        System.out.printf(
                Locale.ROOT,
                "%-50s %6d entities %5d problems  first %5d ms  best of 10 %5d ms%n",
                what,
                first.entities().size(),
                first.problemCount(),
                firstMs,
                best / 1_000_000);
    }
}
