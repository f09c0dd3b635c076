package org.tollgate.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.NameKind;
import org.tollgate.lists.model.PartialDate;
import org.tollgate.screening.index.ScreeningIndex;

/** Index swaps while queries run, and reverse screening of a list entity against customers. */
class ScreenerConcurrencyTest {
    private static Party person(String id, String name) {
        return new Party(
                id,
                "test",
                id,
                EntityType.PERSON,
                List.of(PartyName.strong(name)),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty());
    }

    @Test
    void swappingTheIndexWhileQueriesRunIsSafe() throws Exception {
        // two snapshots: the old one lists PUTIN, the new one PRIGOZHIN (real SDN names)
        ScreeningIndex old = ScreeningIndex.build(
                List.of(person("a", "PUTIN, Vladimir Vladimirovich"), person("c", "KIM, Jong Un")));
        ScreeningIndex fresh = ScreeningIndex.build(
                List.of(person("b", "PRIGOZHIN, Yevgeniy Viktorovich"), person("c", "KIM, Jong Un")));
        Screener s = new Screener(old);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        CountDownLatch started = new CountDownLatch(3);
        List<Future<Integer>> workers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            workers.add(pool.submit(() -> {
                started.countDown();
                int n = 0;
                while (!stop.get() || n < 200) {
                    ScreeningResult kim = s.screen(ScreeningQuery.of("Kim Jong Un"));
                    if (kim.hits().size() != 1 || !kim.hits().get(0).entityId().equals("c")) {
                        problems.add("kim: " + kim.hits());
                    }
                    ScreeningResult either = s.screen(ScreeningQuery.of("Vladimir Putin"));
                    // each query sees one whole snapshot: the old one with Putin, or the new one without him
                    if (!either.hits().isEmpty()
                            && !either.hits().get(0).entityId().equals("a")) {
                        problems.add("putin: " + either.hits());
                    }
                    n++;
                }
                return n;
            }));
        }
        started.await(10, TimeUnit.SECONDS);
        for (int i = 0; i < 200; i++) {
            s.swap(i % 2 == 0 ? fresh : old);
        }
        s.swap(fresh);
        stop.set(true);
        int total = 0;
        for (Future<Integer> f : workers) {
            total += f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(problems).isEmpty();
        assertThat(total).isGreaterThanOrEqualTo(600);
        assertThat(s.index()).isSameAs(fresh);
        assertThat(s.screen(ScreeningQuery.of("Vladimir Putin")).hits()).isEmpty();
        assertThat(s.screen(ScreeningQuery.of("Yevgeniy Prigozhin")).hits())
                .extracting(Hit::entityId)
                .containsExactly("b");
    }

    @Test
    void newListEntitiesAreScreenedAgainstCustomers() {
        List<Party> customers = List.of(
                Party.customer(
                        "cust-1",
                        EntityType.PERSON,
                        List.of(PartyName.strong("Evgeny Prigozhin")),
                        List.of(BirthDate.of(new PartialDate(1961, 6, 1))),
                        List.of("Russia"),
                        List.of()),
                Party.customer(
                        "cust-2",
                        EntityType.PERSON,
                        List.of(PartyName.strong("John Smith")),
                        List.of(),
                        List.of("US"),
                        List.of()),
                Party.customer(
                        "cust-3",
                        EntityType.ORGANIZATION,
                        List.of(PartyName.strong("Concord Catering LLC")),
                        List.of(),
                        List.of(),
                        List.of()));
        Screener s = new Screener(ScreeningIndex.build(customers));
        Entity listed = Entity.builder("us_ofac_sdn", "21171")
                .type(EntityType.PERSON)
                .name("PRIGOZHIN, Yevgeniy Viktorovich", NameKind.PRIMARY)
                .name("ПРИГОЖИН, Евгений Викторович", NameKind.ORIGINAL_SCRIPT)
                .birthDate(BirthDate.of(new PartialDate(1961, 6, 1)))
                .nationality("RU")
                .build();
        Party p = Party.of(listed);
        assertThat(p.countries()).containsExactly("RU");
        ScreeningResult r = s.screen(p, ScreeningOptions.defaults());
        assertThat(r.hits()).extracting(Hit::entityId).containsExactly("cust-1");
        Hit h = r.hits().get(0);
        assertThat(h.source()).isEqualTo("customer");
        assertThat(h.explanation().factors())
                .extracting(f -> f.kind() + ":" + f.effect())
                .contains("birth_date:agreed", "country:agreed");
    }
}
