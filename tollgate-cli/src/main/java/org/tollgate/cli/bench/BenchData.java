package org.tollgate.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.tollgate.lists.ListReader;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.Name;
import org.tollgate.lists.model.NameKind;
import org.tollgate.lists.parse.ListFormat;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.parse.ParsedList;

/**
 * The real list files both benchmarks use, found under the data folder ({@code ../shared/data} by default):
 *
 * <ul>
 *   <li>the index: OFAC SDN ({@code ofac_sdn_2024-05-03/sdn.csv} with the newer {@code add.csv}, {@code alt.csv}
 *       and {@code sdn_comments.csv} of {@code ofac_sdn_aux_2025-12}, joined by entity number so the SDN has
 *       its aliases; rows of entities not in the 2024 file are dropped), OFAC consolidated non-SDN (CSV set
 *       2025-12), the UN consolidated list (2026-02-27) and the trade.gov Consolidated Screening List (2022-05);
 *   <li>a query source only, never indexed: the UK OFSI list (XLSX, 2025-04-10), for its names in other
 *       scripts.
 * </ul>
 */
public final class BenchData implements AutoCloseable {
    private final Path data;
    private final Path sdnSet;
    private final List<Entity> sdn;
    private final List<Entity> cons;
    private final List<Entity> un;
    private final List<Entity> csl;

    private BenchData(Path data, Path sdnSet, List<Entity> sdn, List<Entity> cons, List<Entity> un, List<Entity> csl) {
        this.data = data;
        this.sdnSet = sdnSet;
        this.sdn = sdn;
        this.cons = cons;
        this.un = un;
        this.csl = csl;
    }

    /**
     * Reads the four indexed lists.
     *
     * @param log progress lines, or null
     */
    public static BenchData load(Path data, PrintWriter log) throws ListParseException, IOException {
        Path sdnSet = sdnSet(data);
        try {
            List<Entity> sdn = read(ListFormat.OFAC_CSV, sdnSet, log);
            List<Entity> cons =
                    read(ListFormat.OFAC_CONS_CSV, data.resolve("ofac_consolidated_nonsdn_csv_2025-12"), log);
            List<Entity> un =
                    read(ListFormat.UN_XML, data.resolve("un_sc_consolidated_2026-02-27/UN_consolidated.xml"), log);
            List<Entity> csl = read(ListFormat.CSL_CSV, data.resolve("us_trade_csl_2022-05/consolidated.csv.gz"), log);
            return new BenchData(data, sdnSet, sdn, cons, un, csl);
        } catch (ListParseException | RuntimeException e) {
            delete(sdnSet);
            throw e;
        }
    }

    /** The 2024 sdn.csv with the 2025 aux files beside it, in a temporary folder (links, or copies). */
    private static Path sdnSet(Path data) throws IOException {
        Path dir = Files.createTempDirectory("tollgate-bench-sdn");
        link(data.resolve("ofac_sdn_2024-05-03/sdn.csv"), dir.resolve("sdn.csv"));
        for (String f : List.of("add.csv", "alt.csv", "sdn_comments.csv")) {
            link(data.resolve("ofac_sdn_aux_2025-12").resolve(f), dir.resolve(f));
        }
        return dir;
    }

    private static void link(Path target, Path link) throws IOException {
        if (!Files.isRegularFile(target)) {
            throw new IOException(target + ": not found (is --data the shared data folder?)");
        }
        try {
            Files.createSymbolicLink(link, target.toAbsolutePath());
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(target, link, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    static List<Entity> read(ListFormat format, Path path, PrintWriter log) throws ListParseException {
        long t0 = System.nanoTime();
        ParsedList p = ListReader.read(format, path, ParseOptions.lenient());
        if (log != null) {
            log.printf(
                    Locale.ROOT,
                    "read %-14s %,7d entities %,7d names (%,d rows skipped) in %,d ms%n",
                    p.metadata().source(),
                    p.entities().size(),
                    p.entities().stream().mapToInt(e -> e.names().size()).sum(),
                    p.problemCount(),
                    (System.nanoTime() - t0) / 1_000_000);
            log.flush();
        }
        return p.entities();
    }

    /** The data folder when none is named: {@code $TOLLGATE_TESTDATA}, else {@code ../shared/data}. */
    public static Path defaultFolder() {
        String env = System.getenv("TOLLGATE_TESTDATA");
        return Path.of(env == null || env.isBlank() ? "../shared/data" : env);
    }

    /** The SDN set the index is read from (a temporary folder, deleted on {@link #close}). */
    public Path sdnSet() {
        return sdnSet;
    }

    /** The data folder. */
    public Path data() {
        return data;
    }

    public List<Entity> sdn() {
        return sdn;
    }

    public List<Entity> un() {
        return un;
    }

    /** Every indexed entity: SDN, consolidated, UN, CSL. */
    public List<Entity> indexed() {
        List<Entity> all = new ArrayList<>(sdn.size() + cons.size() + un.size() + csl.size());
        all.addAll(sdn);
        all.addAll(cons);
        all.addAll(un);
        all.addAll(csl);
        return all;
    }

    /** The indexed entities without their original-script names (an entity with no other name is dropped). */
    public List<Entity> indexedLatinOnly() {
        List<Entity> out = new ArrayList<>();
        for (Entity e : indexed()) {
            List<Name> kept = e.names().stream()
                    .filter(n -> n.kind() != NameKind.ORIGINAL_SCRIPT)
                    .toList();
            if (kept.size() == e.names().size()) {
                out.add(e);
            } else if (!kept.isEmpty()) {
                out.add(new Entity(
                        e.id(),
                        e.source(),
                        e.sourceRef(),
                        e.type(),
                        kept,
                        e.birthDates(),
                        e.placesOfBirth(),
                        e.nationalities(),
                        e.citizenships(),
                        e.addresses(),
                        e.identifiers(),
                        e.gender(),
                        e.programs(),
                        e.listedOn(),
                        e.remarks(),
                        e.links(),
                        e.subList(),
                        e.url()));
            }
        }
        return out;
    }

    /** The UK list's XLSX publication, read for its names in other scripts (never indexed). */
    public Path ukXlsx() {
        return data.resolve("uk_ofsi_conlist_2025-04-10/UK_Sanctions_List.xlsx");
    }

    /** A file of the name corpus. */
    public Path corpus(String file) {
        return data.resolve("name_corpus_opensanctions_benchmark").resolve(file);
    }

    @Override
    public void close() {
        delete(sdnSet);
    }
}
