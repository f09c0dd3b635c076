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
 * @param signupIp the geolocation of the sign-up IP when the version was written (absent without a sign-up IP or
 *     without IP data)
 */
public record Derived(
        @Nullable String phoneE164,
        @Nullable String phoneCountry,
        Determination foreign,
        List<OwnerDetermination> owners,
        boolean verificationRequired,
        @Nullable SignupIp signupIp) {
    public Derived {
        owners = List.copyOf(owners);
    }

    /** Derived facts without a geolocated sign-up IP. */
    public Derived(
            @Nullable String phoneE164,
            @Nullable String phoneCountry,
            Determination foreign,
            List<OwnerDetermination> owners,
            boolean verificationRequired) {
        this(phoneE164, phoneCountry, foreign, owners, verificationRequired, null);
    }

    /**
     * The sign-up IP as the service geolocated it (the access feature's IP screening, as of the sign-up day).
     *
     * @param country ISO alpha-2 ('' when the databases do not know the address, or it is private)
     * @param region the region ('' when unknown)
     * @param flags the geo flags ({@code embargoed}, {@code anonymiser}, {@code hosting}, {@code tor}, ...)
     * @param rule the most severe policy rule that applied ({@code UA-CRIMEA}), if any
     * @param confidence {@code high}, {@code medium} or {@code low}
     * @param suppliedCountry the {@code signup_ip_country} the caller sent, when it differs from the located one
     */
    public record SignupIp(
            String country,
            String region,
            List<String> flags,
            @Nullable String rule,
            String confidence,
            @Nullable String suppliedCountry) {
        public SignupIp {
            flags = List.copyOf(flags);
        }

        /** The same facts with the caller's differing country noted. */
        public SignupIp withSuppliedCountry(@Nullable String supplied) {
            return new SignupIp(country, region, flags, rule, confidence, supplied);
        }
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
