package org.tollgate.cli.rescreen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollgate.cli.TollgateCommand;
import org.tollgate.lists.testdata.TestData;
import picocli.CommandLine;

/** Re-screening a customer file against the real SDN changes of 2021-12-30 and 2024-02-23. */
class RescreenCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private List<JsonNode> run(String oldDate, String newDate, String csv) throws Exception {
        Path customers = dir.resolve("customers.csv");
        Files.writeString(customers, csv, StandardCharsets.UTF_8);
        Path out = dir.resolve("alerts.jsonl");
        CommandLine cl = TollgateCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(
                "rescreen",
                "--customers",
                customers.toString(),
                "--old",
                "ofac-csv=" + TestData.file("ofac_sdn_history/sdn_" + oldDate + ".csv"),
                "--new",
                "ofac-csv=" + TestData.file("ofac_sdn_history/sdn_" + newDate + ".csv"),
                "--out",
                out.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("rescreen:");
        List<JsonNode> lines = new ArrayList<>();
        for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            lines.add(JSON.readTree(l));
        }
        return lines;
    }

    @Test
    void aCustomerNamedInTheFebruary2024DesignationsIsFoundAndNoOneElse() throws Exception {
        String csv = "id,name,type,birth_date,country\n"
                + "c-1,Timur Nailevich Shagivaleev,person,,\n"
                + "c-2,Jane Margaret Doe,person,1980-04-02,US\n"
                + "c-3,Acme Cloud Services LLC,organization,,US\n"
                + "c-4,Vladimir Putin,person,,RU\n";
        List<JsonNode> hits = run("2024-02-20", "2024-02-23", csv);
        List<JsonNode> alerts =
                hits.stream().filter(h -> h.path("alert").asBoolean()).toList();
        assertThat(alerts).isNotEmpty();
        assertThat(alerts)
                .allSatisfy(a -> assertThat(a.path("customer_id").asText()).isEqualTo("c-1"));
        JsonNode a = alerts.get(0);
        assertThat(a.path("change").asText()).isEqualTo("added");
        assertThat(a.path("action").asText()).isEqualTo("review");
        assertThat(a.path("entity_id").asText()).isEqualTo("us_ofac_sdn:45710");
        assertThat(a.path("explanation").path("alignments")).isNotEmpty();
        // Putin was listed long before: unchanged entities are not screened again
        assertThat(hits).noneMatch(h -> h.path("customer_id").asText().equals("c-4"));
    }

    @Test
    void aCustomerMatchingADelistedEntityGetsACloseRecord() throws Exception {
        String csv = "id,name\nc-9,Samuel Gustavo Galvis Marin\nc-10,Maria Lopez\n";
        List<JsonNode> hits = run("2021-12-22", "2021-12-30", csv);
        assertThat(hits).anySatisfy(h -> {
            assertThat(h.path("customer_id").asText()).isEqualTo("c-9");
            assertThat(h.path("change").asText()).isEqualTo("removed");
            assertThat(h.path("action").asText()).isEqualTo("close");
            assertThat(h.path("entity_id").asText()).isEqualTo("us_ofac_sdn:11827");
            assertThat(h.path("reason").asText()).startsWith("delisted on ");
        });
        assertThat(hits).noneMatch(h -> h.path("customer_id").asText().equals("c-10"));
    }
}
