package org.tollgate.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    private static List<List<String>> readAll(String text, char sep) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (CsvReader r = new CsvReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8, sep, '"')) {
            List<String> rec;
            while ((rec = r.next()) != null) {
                out.add(rec);
                out.add(List.of("line " + r.line()));
            }
        }
        return out;
    }

    @Test
    void readsOfacStyleRecordsWithCrlfAndTheEofByte() throws IOException {
        String text = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\"\r\n"
                + "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA\"\r\n\u001a";
        List<List<String>> rows = readAll(text, ',');
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).containsExactly("36", "AEROCARIBBEAN AIRLINES", "-0- ", "CUBA");
        assertThat(rows.get(2)).containsExactly("173", "ANGLO-CARIBBEAN CO., LTD.", "-0- ", "CUBA");
        assertThat(rows.get(3)).containsExactly("line 2");
    }

    @Test
    void quotedFieldsMaySpanLinesAndLineNumbersFollowThem() throws IOException {
        String text = "\ufeffid,name\n1,\"two\nlines\"\n2,\"say \"\"hi\"\"\"\n";
        List<List<String>> rows = readAll(text, ',');
        assertThat(rows.get(0)).containsExactly("id", "name");
        assertThat(rows.get(2)).containsExactly("1", "two\nlines");
        assertThat(rows.get(3)).containsExactly("line 2");
        assertThat(rows.get(4)).containsExactly("2", "say \"hi\"");
        assertThat(rows.get(5)).containsExactly("line 4");
    }

    @Test
    void tabSeparatedAndEmptyFields() throws IOException {
        List<List<String>> rows = readAll("a\t\tc\n\tb\t\n", '\t');
        assertThat(rows.get(0)).containsExactly("a", "", "c");
        assertThat(rows.get(2)).containsExactly("", "b", "");
    }

    @Test
    void anUnclosedQuoteIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> readAll("1,ok\n2,\"never closed\n3,x\n", ','))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("inside quotes");
    }

    @Test
    void problemsAreCollectedLenientlyAndStopStrictMode() throws ListParseException {
        Problems lenient = new Problems(false);
        lenient.report("sdn.csv", "line 3", "bad ent_num");
        lenient.report("sdn.csv", "line 9", "bad ent_num");
        assertThat(lenient.count()).isEqualTo(2);
        assertThat(lenient.list().get(1).toString()).isEqualTo("sdn.csv: line 9: bad ent_num");
        Problems strict = new Problems(true);
        assertThatThrownBy(() -> strict.report("sdn.csv", "line 3", "bad ent_num"))
                .isInstanceOf(ListParseException.class)
                .hasMessage("sdn.csv: line 3: bad ent_num");
    }
}
