package org.tollgate.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The console's small view models: marked names and version diffs. */
class ConsoleViewModelTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void marksTheAlignedWordsAndKeepsTheSeparatorsOutsideTheMarks() {
        MarkedName m = MarkedName.of("MADURO MOROS, Nicolás", Map.of("maduro", "edit_distance", "nicolas", "exact"));
        assertThat(m.words())
                .containsExactly(
                        new MarkedName.Word("MADURO", " ", true, false),
                        new MarkedName.Word("MOROS", ", ", false, false),
                        new MarkedName.Word("Nicolás", "", true, true));
    }

    @Test
    void aNameWithoutWordsIsKeptAsItIs() {
        assertThat(MarkedName.of("--", Map.of("x", "exact")).words())
                .containsExactly(new MarkedName.Word("--", "", false, false));
        assertThat(MarkedName.of(" (Kim)", Map.of("kim", "exact")).words())
                .containsExactly(
                        new MarkedName.Word("", " (", false, false), new MarkedName.Word("Kim", ")", true, true));
    }

    @Test
    void aDiffListsChangedAddedAndRemovedFields() {
        VersionDiff d = VersionDiff.of(
                1,
                JSON.readTree("{\"name\":\"A\",\"addresses\":[{\"city\":\"Rome\"}],\"email\":\"a@x\"}"),
                2,
                JSON.readTree("{\"name\":\"A\",\"addresses\":[{\"city\":\"Milan\"}],\"other_names\":[\"B\"]}"));
        assertThat(d.changes())
                .containsExactly(
                        new VersionDiff.Change("addresses[0].city", "Rome", "Milan"),
                        new VersionDiff.Change("other_names[0]", null, "B"),
                        new VersionDiff.Change("email", "a@x", null));
        assertThat(d.changes()).extracting(VersionDiff.Change::kind).containsExactly("changed", "added", "removed");
    }
}
