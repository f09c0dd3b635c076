package org.tollgate.lists.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tollgate.lists.model.Address;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Gender;
import org.tollgate.lists.model.Identifier;
import org.tollgate.lists.model.IdentifierType;
import org.tollgate.lists.model.Link;
import org.tollgate.lists.model.LinkKind;
import org.tollgate.lists.model.Name;
import org.tollgate.lists.model.NameKind;
import org.tollgate.lists.model.PartialDate;

class EntityJsonTest {
    @Test
    void everyFieldSurvivesTheRoundTrip() {
        Entity e = Entity.builder("un_sc", "QDi.001")
                .type(EntityType.PERSON)
                .name("Usama Muhammed Awad Bin Laden", NameKind.PRIMARY)
                .name(new Name("أسامة بن لادن", NameKind.ORIGINAL_SCRIPT, "ar"))
                .name("Abu Abdallah", NameKind.WEAK_ALIAS)
                .birthDate(new BirthDate(PartialDate.ofYear(1957), PartialDate.ofYear(1958), true))
                .placeOfBirth("Jeddah, Saudi Arabia")
                .nationality("SA")
                .citizenship("AF")
                .address(new Address(List.of("Street 1", "Block 2"), "Kandahar", "", "", "AF", "Afghanistan"))
                .identifier(new Identifier(IdentifierType.PASSPORT, "A123", "SA", "Passport"))
                .gender(Gender.MALE)
                .program("Al-Qaida")
                .listedOn(LocalDate.of(2001, 1, 25))
                .remark("Deceased")
                .link(new Link(LinkKind.LINKED_TO, "un_sc:QDe.004", "leader"))
                .subList("1267")
                .url("https://example.org/entry")
                .build();
        Entity back = EntityJson.fromJson(EntityJson.toJson(e));
        assertThat(back).isEqualTo(e);
        assertThat(EntityJson.canonical(back)).isEqualTo(EntityJson.canonical(e));
    }
}
