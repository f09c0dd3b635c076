package org.tollgate.app.customer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Facts derived from a version's data when it was written, stored beside it so a later reader sees what was
 * concluded then.
 *
 * @param phoneE164 the phone number in E.164 form
 * @param phoneCountry the phone number's country (libphonenumber's region), if it has one
 * @param foreign the foreign-person determination of the customer
 * @param owners the determination of each beneficial owner
 * @param verificationRequired false only when the customer and every beneficial owner are US persons
 */
public record Derived(
        @Nullable String phoneE164,
        @Nullable String phoneCountry,
        Determination foreign,
        List<OwnerDetermination> owners,
        boolean verificationRequired) {
    public Derived {
        owners = List.copyOf(owners);
    }

    /**
     * US person or foreign, and the evidence used.
     *
     * @param status {@code us_person} or {@code foreign}
     * @param evidence the facts the determination rests on
     */
    public record Determination(String status, List<String> evidence) {
        public Determination {
            evidence = List.copyOf(evidence);
        }

        public boolean usPerson() {
            return "us_person".equals(status);
        }
    }

    /** The determination of one beneficial owner. */
    public record OwnerDetermination(int index, String name, String status, List<String> evidence) {
        public OwnerDetermination {
            evidence = List.copyOf(evidence);
        }
    }
}
