package org.tollgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tollgate.lists.testdata.TestData;

class ListsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String history(String date) {
        return "ofac-csv=" + TestData.file("ofac_sdn_history/sdn_" + date + ".csv");
    }

    @Test
    void inspectReportsTheRealSdnSetAsJson() throws Exception {
        Path set = TestData.file("ofac_sdn_set_2021-07");
        CliRun run = CliRun.of("lists", "inspect", "--json", "--list", "ofac-csv=" + set);
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode o = JSON.readTree(run.out());
        assertThat(o.path("source").asText()).isEqualTo("us_ofac_sdn");
        assertThat(o.path("entities").asInt()).isEqualTo(8976);
        assertThat(o.path("by_type").path("person").asInt()).isEqualTo(4620);
        assertThat(o.path("by_type").path("organization").asInt()).isEqualTo(3673);
        assertThat(o.path("by_type").path("vessel").asInt()).isEqualTo(406);
        assertThat(o.path("by_type").path("aircraft").asInt()).isEqualTo(277);
        assertThat(o.path("by_type").path("other").asInt()).isZero();
        assertThat(o.path("names").asInt()).isEqualTo(8976 + 11539 + 369 + 2441);
        assertThat(o.path("addresses").asInt()).isEqualTo(11440);
        assertThat(o.path("problems").asInt()).isZero();
        assertThat(o.path("sha256").asText()).hasSize(64);
        assertThat(o.path("identifiers").asInt()).isPositive();
    }

    @Test
    void inspectPrintsOneJsonLinePerList() throws Exception {
        CliRun run = CliRun.of(
                "lists",
                "inspect",
                "--json",
                "--list",
                history("2021-12-22"),
                "--list",
                "ofac-cons-csv=" + TestData.file("ofac_consolidated_nonsdn_csv_2025-12"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines[0]).path("entities").asInt()).isEqualTo(9158);
        assertThat(JSON.readTree(lines[1]).path("source").asText()).isEqualTo("us_ofac_cons");
        assertThat(JSON.readTree(lines[1]).path("entities").asInt()).isEqualTo(442);
    }

    @Test
    void diffOfTheFebruary2024DesignationsIs553Added8Changed() throws Exception {
        CliRun run =
                CliRun.of("lists", "diff", "--json", "--old", history("2024-02-20"), "--new", history("2024-02-23"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode o = JSON.readTree(run.out());
        assertThat(o.path("added").asInt()).isEqualTo(553);
        assertThat(o.path("removed").asInt()).isZero();
        assertThat(o.path("changed").asInt()).isEqualTo(8);
        assertThat(o.path("entities")).hasSize(553 + 8);
        JsonNode changed = null;
        for (JsonNode e : o.path("entities")) {
            if (e.path("id").asText().equals("us_ofac_sdn:41021")) {
                changed = e;
            }
        }
        assertThat(changed).isNotNull();
        assertThat(changed.path("change").asText()).isEqualTo("changed");
        assertThat(changed.path("fields")).isNotEmpty();
    }

    @Test
    void diffOfTheDecember2021DelistingsIs150Removed() throws Exception {
        CliRun run =
                CliRun.of("lists", "diff", "--json", "--old", history("2021-12-22"), "--new", history("2021-12-30"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode o = JSON.readTree(run.out());
        assertThat(o.path("added").asInt()).isZero();
        assertThat(o.path("removed").asInt()).isEqualTo(150);
        assertThat(o.path("changed").asInt()).isZero();
    }

    @Test
    void textDiffSummarises() {
        CliRun run = CliRun.of("lists", "diff", "--old", history("2021-12-22"), "--new", history("2021-12-30"));
        assertThat(run.out()).contains("added 0, removed 150, changed 0");
    }

    @Test
    void badUsageExitsWith2AndNamesTheFormats() {
        CliRun run = CliRun.of("lists", "inspect", "--list", "nonsense=/tmp/x");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown list format 'nonsense'").contains("ofac-csv");
        assertThat(CliRun.of("lists", "inspect", "--list", "no-equals-sign").exitCode())
                .isEqualTo(2);
    }

    @Test
    void unreadableInputExitsWith3() {
        CliRun run = CliRun.of("lists", "inspect", "--list", "un-xml=/nonexistent/consolidated.xml");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("consolidated.xml");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] cmd : new String[][] {
            {"--help"},
            {"lists", "--help"},
            {"lists", "inspect", "--help"},
            {"lists", "diff", "--help"},
            {"lists", "update", "--help"},
            {"lists", "status", "--help"},
            {"lists", "bench", "--help"}
        }) {
            CliRun run = CliRun.of(cmd);
            assertThat(run.exitCode()).as(String.join(" ", cmd)).isZero();
            assertThat(run.out()).contains("Usage:");
        }
    }
}
