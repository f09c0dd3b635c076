package org.tollgate.lists.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tollgate.lists.snapshot.Fixtures.person;
import static org.tollgate.lists.snapshot.Fixtures.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListSnapshotTest {
    @Test
    void hashDoesNotDependOnRowOrderOrAliasOrder() {
        ListSnapshot a = snapshot(List.of(person("1", "ALPHA", "A1", "A2"), person("2", "BETA")));
        ListSnapshot b = snapshot(List.of(person("2", "BETA"), person("1", "ALPHA", "A2", "A1")));
        assertThat(a.sha256()).hasSize(64).isEqualTo(b.sha256());
        assertThat(a.entities().get(0).id()).isEqualTo("test_list:1");
    }

    @Test
    void anyContentChangeChangesTheHash() {
        ListSnapshot a = snapshot(List.of(person("1", "ALPHA")));
        ListSnapshot b = snapshot(List.of(person("1", "ALPHA", "ALIAS")));
        ListSnapshot c =
                snapshot(List.of(person("1", "ALPHA").toBuilder().remark("new").build()));
        assertThat(a.sha256()).isNotEqualTo(b.sha256()).isNotEqualTo(c.sha256());
    }

    @Test
    void duplicateIdsAreRefused() {
        assertThatThrownBy(() -> snapshot(List.of(person("1", "A"), person("1", "B"))))
                .hasMessageContaining("duplicate entity id test_list:1");
    }

    @Test
    void validationRejectsEmptyListsBigDropsAndTooManyProblems() {
        ListSnapshot last = snapshot(List.of(person("1", "A"), person("2", "B"), person("3", "C"), person("4", "D")));
        ListSnapshot shrunk = snapshot(List.of(person("1", "A"), person("2", "B")));
        Validation v = Validation.check(shrunk, last, ValidationPolicy.defaults());
        assertThat(v.accepted()).isFalse();
        assertThat(v.reasons()).singleElement().asString().contains("shrank from 4 to 2");

        ListSnapshot empty = snapshot(List.of());
        assertThat(Validation.check(empty, null, ValidationPolicy.defaults()).reasons())
                .anyMatch(r -> r.contains("empty"));

        ListSnapshot noisy =
                ListSnapshot.of("test_list", last.entities(), last.fetchedAt(), java.util.Optional.empty(), "t", 3);
        assertThat(Validation.check(noisy, last, ValidationPolicy.defaults()).reasons())
                .anyMatch(r -> r.contains("3 parse problems"));

        ListSnapshot grown = snapshot(List.of(person("1", "A"), person("2", "B"), person("3", "C"), person("5", "E")));
        assertThat(Validation.check(grown, last, ValidationPolicy.defaults()).accepted())
                .isTrue();
    }
}
