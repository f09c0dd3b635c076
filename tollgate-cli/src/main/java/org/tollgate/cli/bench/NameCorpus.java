package org.tollgate.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Name;
import org.tollgate.lists.model.PartialDate;
import org.tollgate.lists.parse.CsvReader;

/**
 * The name corpus of the OpenSanctions candidate-generation benchmark: CSV files with {@code
 * full_name,first_name,middle_name,last_name,gender,date_of_birth,place_of_birth,nationality}.
 */
public final class NameCorpus {
    private NameCorpus() {}

    /**
     * One row.
     *
     * @param fullName the full name
     * @param birthDate the date of birth as written (YYYY or YYYY-MM-DD), may be empty
     * @param nationality the nationality as written (a country name or a code), may be empty
     */
    public record Row(String fullName, String birthDate, String nationality) {}

    /** Every row with a full name, in file order. */
    public static List<Row> read(Path file) throws IOException {
        List<Row> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                CsvReader csv = new CsvReader(in, StandardCharsets.UTF_8)) {
            List<String> header = csv.next();
            if (header == null) {
                return out;
            }
            int name = header.indexOf("full_name");
            int dob = header.indexOf("date_of_birth");
            int nat = header.indexOf("nationality");
            if (name < 0) {
                throw new IOException(file + ": line 1: no full_name column");
            }
            List<String> r;
            while ((r = csv.next()) != null) {
                String n = field(r, name);
                if (!n.isBlank()) {
                    out.add(new Row(
                            n.strip(), field(r, dob).strip(), field(r, nat).strip()));
                }
            }
        }
        return out;
    }

    private static String field(List<String> r, int i) {
        return i >= 0 && i < r.size() ? r.get(i) : "";
    }

    /** How the UN corpus rows were labelled. */
    public record UnLinks(int rows, int byName, int byBirthDate, int unlinked) {}

    /**
     * Labels the rows of {@code positives_un_untreated.csv} with the UN entries they are: the UN persons with
     * a name of the same {@link NameKey}; failing that, the UN person born in the same year whose name shares
     * the most words with the row's, when it shares at least 60% of them. The treated file has the same rows
     * in the same order, so row i of both gets the same label. Rows that cannot be labelled get an empty set.
     */
    public static List<Set<String>> linkUn(List<Row> untreated, List<Entity> un, int[] stats) {
        Map<String, Set<String>> byKey = new HashMap<>();
        for (Entity e : un) {
            for (Name n : e.names()) {
                byKey.computeIfAbsent(NameKey.of(n.value()), k -> new LinkedHashSet<>())
                        .add(e.id());
            }
        }
        List<Set<String>> out = new ArrayList<>();
        for (Row r : untreated) {
            Set<String> ids = byKey.get(NameKey.of(r.fullName()));
            if (ids != null) {
                stats[0]++;
                out.add(Set.copyOf(ids));
                continue;
            }
            Optional<String> byDate = byBirthYear(r, un);
            if (byDate.isPresent()) {
                stats[1]++;
                out.add(Set.of(byDate.get()));
            } else {
                stats[2]++;
                out.add(Set.of());
            }
        }
        return out;
    }

    private static Optional<String> byBirthYear(Row r, List<Entity> un) {
        Optional<PartialDate> d = PartialDate.parse(r.birthDate());
        if (d.isEmpty()) {
            return Optional.empty();
        }
        Set<String> words = new LinkedHashSet<>(NameKey.words(r.fullName()));
        String best = null;
        double bestShare = 0;
        for (Entity e : un) {
            if (e.type() != EntityType.PERSON || e.birthDates().stream().noneMatch(b -> sameYear(b, d.get()))) {
                continue;
            }
            for (Name n : e.names()) {
                Set<String> nw = new LinkedHashSet<>(NameKey.words(n.value()));
                long common = words.stream().filter(nw::contains).count();
                double share = (double) common / Math.max(words.size(), nw.size());
                if (share > bestShare) {
                    bestShare = share;
                    best = e.id();
                }
            }
        }
        return bestShare >= 0.6 ? Optional.of(best) : Optional.empty();
    }

    private static boolean sameYear(BirthDate b, PartialDate d) {
        return b.from().year() <= d.year() && d.year() <= b.to().year();
    }
}
