package org.tollgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollgate.lists.ListReader;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.parse.ListFormat;
import org.tollgate.lists.parse.ParseOptions;
import org.tollgate.lists.testdata.TestData;

/** {@code tollgate screen} in-process, on the real OFAC lists. */
class ScreenCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String sdn;
    private static String cons;
    private static List<Entity> consEntities;

    @TempDir
    Path tmp;

    @BeforeAll
    static void lists() throws Exception {
        sdn = "ofac-csv=" + TestData.file("ofac_sdn_set_2021-07");
        Path consDir = TestData.file("ofac_consolidated_nonsdn_csv_2025-12");
        cons = "ofac-cons-csv=" + consDir;
        consEntities = ListReader.read(ListFormat.OFAC_CONS_CSV, consDir, ParseOptions.lenient())
                .entities();
    }

    @Test
    void singleQueryPrintsTheSdnEntryWithItsExplanation() {
        CliRun run = CliRun.of(
                "screen", "--list", sdn, "--name", "Jong Un Kim", "--birth-date", "1984-01-08", "--country", "KP");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String firstHit =
                run.out().lines().filter(l -> l.startsWith("1 ")).findFirst().orElseThrow();
        assertThat(firstHit)
                .contains("ALERT", "person", "us_ofac_sdn", "20157", "KIM, Jong Un")
                .doesNotContain("[");
        assertThat(run.out())
                .contains("tokens     jong un kim")
                .contains("#1 us_ofac_sdn:20157")
                .containsPattern("kim\\s+= kim\\s+exact")
                .contains("birth_date agreed")
                .contains("score: name 1.000");
    }

    /**
     * The JSON line byte for byte as the README documents it: the names, order and rounding of every field (the
     * service's {@code POST /api/v1/screen} writes hits with the same mapping, {@code HitView}).
     */
    @Test
    void aQueryFileLineIsTheDocumentedJsonByteForByte(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("q.csv");
        Path out = dir.resolve("r.jsonl");
        Files.writeString(in, "id,name,birth_date,country\nc1,Jong Un Kim,1984-01-08,KP\n");
        CliRun run = CliRun.of("screen", "--list", sdn, "--in", in.toString(), "--out", out.toString(), "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String expected = """
                {"id":"c1","threshold":0.8,"hits":[{"entity_id":"us_ofac_sdn:20157","source":"us_ofac_sdn","source_ref":"20157","name":"KIM, Jong Un","matched_name":"KIM, Jong Un","type":"person","score":1.0,"alert":true,"explanation":{"matched_name":"KIM, Jong Un","name_strength":"strong","query_tokens":["jong","un","kim"],"list_tokens":["kim","jong","un"],"alignments":[{"query":"kim","list":"kim","method":"exact","similarity":1.0,"weight":5.7571},{"query":"un","list":"un","method":"exact","similarity":1.0,"weight":8.085},{"query":"jong","list":"jong","method":"exact","similarity":1.0,"weight":7.1411}],"unmatched_query":[],"unmatched_list":[],"query_coverage":1.0,"list_coverage":1.0,"name_score":1.0,"factors":[{"kind":"birth_date","effect":"agreed","detail":"query 1984-01-08, list 1984-01-08 (day)","adjustment":0.05},{"kind":"country","effect":"agreed","detail":"query KP, list KP","adjustment":0.02}],"composition":"name 1.000 +0.05 birth_date agreed +0.02 country agreed = 1.000","score":1.0}}]}""";
        assertThat(Files.readString(out).strip()).isEqualTo(expected);
    }

    @Test
    void singleQueryAsJsonAndWithoutHits() throws Exception {
        CliRun run = CliRun.of("screen", "--list", cons, "--name", "HANIYA, Ismail Abdul Salah", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode o = JSON.readTree(run.out());
        assertThat(o.path("id").asText()).isEqualTo("HANIYA, Ismail Abdul Salah");
        assertThat(o.path("hits").get(0).path("entity_id").asText()).isEqualTo("us_ofac_cons:9639");

        CliRun none = CliRun.of("screen", "--list", cons, "--name", "Margaret Thornbury");
        assertThat(none.exitCode()).as(none.err()).isZero();
        assertThat(none.out()).contains("hits       0 (0 alerts)", "no list entry scored");
    }

    @Test
    void batchKeepsInputOrderWithFourThreadsAndReportsBadRows() throws Exception {
        // 700 rows: real consolidated-list names in several spellings, innocents, and a bad row every 50
        Random rnd = new Random(7);
        List<String[]> rows = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            String id = "r" + i;
            if (i % 50 == 17) {
                rows.add(new String[] {id, "Some Body", "persn", ""});
                expected.add("error:type 'persn'");
            } else if (i % 50 == 33) {
                rows.add(new String[] {id, "---", "", ""});
                expected.add("error:no letter or digit");
            } else if (i % 3 == 0) {
                rows.add(new String[] {id, "Innocent Person " + i, "person", ""});
                expected.add("ok");
            } else {
                Entity e = consEntities.get(rnd.nextInt(consEntities.size()));
                rows.add(new String[] {id, e.primaryName().value(), "", ""});
                expected.add("hit:" + e.id());
            }
        }
        Path in = csv("id,name,type,birth_date", rows);
        Path out = tmp.resolve("out/results.jsonl");
        CliRun run =
                CliRun.of("screen", "--list", cons, "--in", in.toString(), "--out", out.toString(), "--threads", "4");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(700);
        int bad = 0;
        int found = 0;
        int wanted = 0;
        for (int i = 0; i < 700; i++) {
            JsonNode o = JSON.readTree(lines.get(i));
            assertThat(o.path("id").asText()).as("line %d", i + 1).isEqualTo("r" + i);
            String exp = expected.get(i);
            if (exp.startsWith("error:")) {
                bad++;
                assertThat(o.path("error").asText()).contains(exp.substring(6));
                assertThat(o.has("hits")).isFalse();
                // row i+1 is on line i+2, after the header
                assertThat(run.err()).contains("row " + (i + 1) + " (line " + (i + 2) + ", id 'r" + i + "')");
            } else {
                assertThat(o.path("threshold").asDouble()).isEqualTo(0.80);
                assertThat(o.path("hits").isArray()).isTrue();
                if (exp.startsWith("hit:")) {
                    wanted++;
                    for (JsonNode h : o.path("hits")) {
                        if (h.path("entity_id").asText().equals(exp.substring(4))
                                && h.path("alert").asBoolean()) {
                            found++;
                            break;
                        }
                    }
                }
            }
        }
        assertThat(bad).isEqualTo(28);
        // exact list names find their own entry (the rare miss would be another entity with the same name
        // ranked above the limit)
        assertThat(found).isGreaterThanOrEqualTo(wanted - 2);
        assertThat(run.err()).contains("screened 700 rows", "28 bad rows");
    }

    @Test
    void batchOutputHasTheDocumentedShape() throws Exception {
        Path in = csv(
                "ID,Name,Type,Birth_Date,Country,Identifier,extra",
                List.of(
                        new String[] {"a1", "ABU TEIR, Mohammed", "person", "1951", "Palestinian", "", "x"},
                        new String[] {"a2", "Zahhar Mahmoud", "", "", "", "", ""}));
        Path out = tmp.resolve("r.jsonl");
        CliRun run = CliRun.of(
                "screen",
                "--list",
                cons,
                "--in",
                in.toString(),
                "--out",
                out.toString(),
                "--min-score",
                "0.5",
                "--limit",
                "3",
                "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        JsonNode o = JSON.readTree(lines.get(0));
        assertThat(fieldNames(o)).containsExactly("id", "threshold", "hits");
        assertThat(o.path("hits").size()).isBetween(1, 3);
        JsonNode h = o.path("hits").get(0);
        assertThat(fieldNames(h))
                .containsExactly(
                        "entity_id",
                        "source",
                        "source_ref",
                        "name",
                        "matched_name",
                        "type",
                        "score",
                        "alert",
                        "explanation");
        assertThat(h.path("entity_id").asText()).isEqualTo("us_ofac_cons:9640");
        assertThat(h.path("source").asText()).isEqualTo("us_ofac_cons");
        assertThat(h.path("source_ref").asText()).isEqualTo("9640");
        assertThat(h.path("name").asText()).isEqualTo("ABU TEIR, Mohammed");
        assertThat(h.path("type").asText()).isEqualTo("person");
        assertThat(h.path("alert").asBoolean()).isTrue();
        JsonNode e = h.path("explanation");
        assertThat(fieldNames(e))
                .contains(
                        "matched_name",
                        "name_strength",
                        "query_tokens",
                        "list_tokens",
                        "alignments",
                        "unmatched_query",
                        "unmatched_list",
                        "name_score",
                        "factors",
                        "composition",
                        "score");
        assertThat(e.path("alignments").get(0).has("method")).isTrue();
        // the list gives a birth year but no country for this entry: only the birth date and type are compared
        assertThat(e.path("factors").toString())
                .contains("\"birth_date\"", "\"type\"")
                .doesNotContain("\"country\"");
        // hits are best first; with --min-score 0.5 near misses are listed but are no alerts
        double last = 2;
        for (JsonNode x : JSON.readTree(lines.get(1)).path("hits")) {
            assertThat(x.path("score").asDouble()).isLessThanOrEqualTo(last).isGreaterThanOrEqualTo(0.5);
            assertThat(x.path("alert").asBoolean()).isEqualTo(x.path("score").asDouble() >= 0.8);
            last = x.path("score").asDouble();
        }
        assertThat(JSON.readTree(lines.get(1))
                        .path("hits")
                        .get(0)
                        .path("entity_id")
                        .asText())
                .isEqualTo("us_ofac_cons:9647");
    }

    @Test
    void unreadableInputExits3AndBadUsageExits2() throws IOException {
        CliRun missing = CliRun.of(
                "screen", "--list", cons, "--in", tmp.resolve("nope.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).contains("nope.csv", "cannot be read");

        Path noName = csv("id,full_name", List.<String[]>of(new String[] {"1", "X"}));
        CliRun header = CliRun.of("screen", "--list", cons, "--in", noName.toString());
        assertThat(header.exitCode()).isEqualTo(3);
        assertThat(header.err()).contains("line 1", "id and name");

        assertThat(CliRun.of("screen", "--list", cons).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("screen", "--list", cons, "--name", "X", "--in", noName.toString())
                        .exitCode())
                .isEqualTo(2);
        CliRun badType = CliRun.of("screen", "--list", cons, "--name", "X", "--type", "robot");
        assertThat(badType.exitCode()).isEqualTo(2);
        assertThat(badType.err()).contains("robot");
        assertThat(CliRun.of("screen", "--list", cons, "--name", "X", "--threshold", "1.5")
                        .exitCode())
                .isEqualTo(2);
    }

    private Path csv(String header, List<String[]> rows) throws IOException {
        StringBuilder b = new StringBuilder(header).append('\n');
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append('"').append(r[i].replace("\"", "\"\"")).append('"');
            }
            b.append('\n');
        }
        Path p = Files.createTempFile(tmp, "q", ".csv");
        Files.writeString(p, b, StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> fieldNames(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
