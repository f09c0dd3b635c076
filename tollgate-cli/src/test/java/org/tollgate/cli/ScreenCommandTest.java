package org.tollgate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Identifier;
import org.tollgate.lists.model.IdentifierType;
import org.tollgate.lists.model.PartialDate;
import org.tollgate.screening.Party;
import org.tollgate.screening.PartyName;
import org.tollgate.screening.Screener;
import org.tollgate.screening.ScreeningOptions;
import org.tollgate.screening.ScreeningQuery;
import org.tollgate.screening.index.ScreeningIndex;

class ScreenCommandTest {
    /** Three real SDN entries, as the OFAC CSV gives them. */
    private static Screener screener() {
        List<Party> parties = List.of(
                new Party(
                        "us_ofac_sdn:35096",
                        "us_ofac_sdn",
                        "35096",
                        EntityType.PERSON,
                        List.of(PartyName.strong("PUTIN, Vladimir Vladimirovich")),
                        List.of(BirthDate.of(new PartialDate(1952, 10, 7))),
                        List.of("RU"),
                        List.of(),
                        Optional.empty()),
                new Party(
                        "us_ofac_sdn:20157",
                        "us_ofac_sdn",
                        "20157",
                        EntityType.PERSON,
                        List.of(PartyName.strong("KIM, Jong Un")),
                        List.of(),
                        List.of("KP"),
                        List.of(),
                        Optional.empty()),
                new Party(
                        "us_ofac_sdn:4243",
                        "us_ofac_sdn",
                        "4243",
                        EntityType.VESSEL,
                        List.of(PartyName.strong("EBANO")),
                        List.of(),
                        List.of(),
                        List.of(new Identifier(IdentifierType.IMO_NUMBER, "IMO 7406784", "", "IMO")),
                        Optional.empty()));
        return new Screener(ScreeningIndex.build(parties));
    }

    private static List<JsonNode> run(String csv, int threads, StringWriter err) throws Exception {
        StringWriter out = new StringWriter();
        BatchScreening b =
                new BatchScreening(screener(), ScreeningOptions.defaults(), threads, new PrintWriter(err, true), 0);
        b.run(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "queries.csv", out, -1);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            lines.add(BatchScreening.JSON.readTree(l));
        }
        return lines;
    }

    @Test
    void oneJsonLinePerRowInInputOrder() throws Exception {
        String csv = "id,name,type,birth_date,country,identifier,notes\n"
                + "c1,Vladimir Putin,person,1952-10-07,RU,,first\n"
                + "c2,Jane Doe,,,,,\n"
                + "c3,Kim Jong Un,person,,North Korea,,\n"
                + "c4,Sea Breeze,vessel,,,IMO 7406784,renamed ship\n";
        StringWriter err = new StringWriter();
        List<JsonNode> lines = run(csv, 1, err);
        assertThat(lines).extracting(n -> n.get("id").asText()).containsExactly("c1", "c2", "c3", "c4");
        JsonNode putin = lines.get(0);
        assertThat(putin.get("threshold").asDouble()).isEqualTo(0.8);
        JsonNode hit = putin.get("hits").get(0);
        assertThat(hit.get("entity_id").asText()).isEqualTo("us_ofac_sdn:35096");
        assertThat(hit.get("source").asText()).isEqualTo("us_ofac_sdn");
        assertThat(hit.get("source_ref").asText()).isEqualTo("35096");
        assertThat(hit.get("matched_name").asText()).isEqualTo("PUTIN, Vladimir Vladimirovich");
        assertThat(hit.get("type").asText()).isEqualTo("person");
        assertThat(hit.get("alert").asBoolean()).isTrue();
        JsonNode e = hit.get("explanation");
        assertThat(e.get("alignments").get(0).get("method").asText()).isEqualTo("exact");
        assertThat(e.get("factors").toString()).contains("birth_date").contains("agreed");
        assertThat(lines.get(1).get("hits")).isEmpty();
        assertThat(lines.get(3).get("hits").get(0).get("entity_id").asText()).isEqualTo("us_ofac_sdn:4243");
        assertThat(err.toString()).contains("screened 4 rows");
    }

    @Test
    void badRowsAreReportedAndTheRunGoesOn() throws Exception {
        String csv = "id,name,birth_date,type\n"
                + "r1,Kim Jong Un,,\n"
                + "r2,,,\n"
                + "r3,Kim Jong Un,1984-13-45,\n"
                + "r4,Kim Jong Un,,spaceship\n"
                + "r5,Kim Jong Un,,person\n";
        StringWriter err = new StringWriter();
        List<JsonNode> lines = run(csv, 2, err);
        assertThat(lines).extracting(n -> n.get("id").asText()).containsExactly("r1", "r2", "r3", "r4", "r5");
        assertThat(lines.get(1).get("error").asText()).isEqualTo("name is empty");
        assertThat(lines.get(2).get("error").asText()).contains("birth_date '1984-13-45'");
        assertThat(lines.get(3).get("error").asText()).contains("type 'spaceship'");
        assertThat(lines.get(4).get("hits").get(0).get("alert").asBoolean()).isTrue();
        assertThat(err.toString())
                .contains("queries.csv: line 3: name is empty")
                .contains("queries.csv: line 4: birth_date")
                .contains("queries.csv: line 5: type");
    }

    @Test
    void manyThreadsKeepTheInputOrder() throws Exception {
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int i = 0; i < 5000; i++) {
            csv.append(i)
                    .append(',')
                    .append(i % 3 == 0 ? "Kim Jong Un" : i % 3 == 1 ? "Vladimir Putin" : "Nobody Known")
                    .append('\n');
        }
        List<JsonNode> lines = run(csv.toString(), 4, new StringWriter());
        assertThat(lines).hasSize(5000);
        for (int i = 0; i < 5000; i++) {
            assertThat(lines.get(i).get("id").asText()).isEqualTo(Integer.toString(i));
            assertThat(lines.get(i).get("hits").size()).isEqualTo(i % 3 == 2 ? 0 : 1);
        }
    }

    @Test
    void anInputWithoutIdAndNameCannotBeRead() {
        BatchScreening b =
                new BatchScreening(screener(), ScreeningOptions.defaults(), 1, new PrintWriter(new StringWriter()), 0);
        assertThatThrownBy(() -> b.run(
                        new ByteArrayInputStream("who,what\nx,y\n".getBytes(StandardCharsets.UTF_8)),
                        "q.csv",
                        new StringWriter(),
                        -1))
                .isInstanceOf(BatchScreening.BadInputException.class)
                .hasMessageContaining("q.csv: line 1")
                .hasMessageContaining("id and name");
    }

    @Test
    void oneNameIsPrintedAsATableWithTheExplanation() {
        String table = ScreenCommand.table(
                screener().screen(ScreeningQuery.of("Putin Vladimir").withBirthDate(PartialDate.ofYear(1952))));
        assertThat(table)
                .contains("ALERT")
                .contains("PUTIN, Vladimir Vladimirovich")
                .contains("putin")
                .contains("exact")
                .contains("vladimirovich")
                .contains("birth_date agreed")
                .contains("score: name");
    }

    @Test
    void usageErrorsExitWithTwo() {
        StringWriter err = new StringWriter();
        var cl = TollgateCommand.commandLine();
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("screen", "--list", "nosuchformat=x", "--name", "X"))
                .isEqualTo(TollgateCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("unknown list format 'nosuchformat'");
        assertThat(cl.execute("screen", "--list", "ofac-csv=x")).isEqualTo(TollgateCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("give either --name or --in");
    }
}
