package org.tollgate.lists.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTest {
    @Test
    void builderMakesAStableIdAndCleansValues() {
        Entity e = Entity.builder("us_ofac_sdn", "6365")
                .type(EntityType.PERSON)
                .name("  BIN LADIN,   Usama  ", NameKind.PRIMARY)
                .name("BIN LADEN, Osama", NameKind.STRONG_ALIAS)
                .name("BIN LADEN, Osama", NameKind.STRONG_ALIAS)
                .nationality("SA")
                .nationality(" ")
                .remark("first")
                .remark("second")
                .build();
        assertThat(e.id()).isEqualTo("us_ofac_sdn:6365");
        assertThat(e.primaryName().value()).isEqualTo("BIN LADIN, Usama");
        assertThat(e.names()).hasSize(2);
        assertThat(e.nationalities()).containsExactly("SA");
        assertThat(e.remarks()).isEqualTo("first; second");
        assertThat(e.listedOn()).isEmpty();
        assertThat(e.gender()).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void anEntityWithoutANameIsRefused() {
        assertThatThrownBy(() -> Entity.builder("un_sc", "QDi.001").build()).hasMessageContaining("has no name");
    }

    @Test
    void collectionsAreImmutable() {
        Entity e = Entity.builder("x", "1").name("A", NameKind.PRIMARY).build();
        assertThatThrownBy(() -> e.names().add(new Name("B", NameKind.PRIMARY)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toBuilderRoundTrips() {
        Entity e = Entity.builder("x", "1")
                .type(EntityType.VESSEL)
                .name("SEA STAR", NameKind.PRIMARY)
                .identifier(new Identifier(IdentifierType.IMO_NUMBER, "9187629", "", "IMO"))
                .address(new Address(List.of("Street 1"), "Tehran", "", "", "IR", "Iran"))
                .build();
        assertThat(e.toBuilder().build()).isEqualTo(e);
    }

    @Test
    void identifierTypesAreClassifiedFromListLabels() {
        assertThat(IdentifierType.classify("Passport")).isEqualTo(IdentifierType.PASSPORT);
        assertThat(IdentifierType.classify("Digital Currency Address - XBT"))
                .isEqualTo(IdentifierType.DIGITAL_CURRENCY_ADDRESS);
        assertThat(IdentifierType.classify("Vessel Registration Identification"))
                .isEqualTo(IdentifierType.IMO_NUMBER);
        assertThat(IdentifierType.classify("Tax ID No.")).isEqualTo(IdentifierType.TAX_ID);
        assertThat(IdentifierType.classify("National ID No.")).isEqualTo(IdentifierType.NATIONAL_ID);
        assertThat(IdentifierType.classify("Registration Number")).isEqualTo(IdentifierType.REGISTRATION_NUMBER);
        assertThat(IdentifierType.classify("SWIFT/BIC")).isEqualTo(IdentifierType.SWIFT_BIC);
        assertThat(new Identifier(IdentifierType.PASSPORT, "ab 123-456", "", "").normalizedValue())
                .isEqualTo("AB123456");
    }
}
