package org.tollgate.app.customer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.tollgate.app.web.ApiProblem;
import org.tollgate.geo.ip.IpAddress;
import org.tollgate.lists.country.Countries;

/**
 * The checks Bean Validation cannot make — countries, the phone number, the beneficial-owner rule — and the facts
 * derived from the data: countries become ISO alpha-2 codes, the phone its E.164 form and country, and the
 * foreign-person determination. Every invalid field is named in one 400 answer.
 */
final class CustomerValidation {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final BigDecimal OWNER_THRESHOLD = BigDecimal.valueOf(25);

    private final List<ApiProblem.FieldError> errors = new ArrayList<>();

    private CustomerValidation() {}

    /** The data with normalised values, and what follows from it. */
    record Checked(CustomerData data, Derived derived) {}

    /** Validates and normalises; throws a 400 naming every invalid field. */
    static Checked check(CustomerData d) {
        return new CustomerValidation().run(d, null);
    }

    /**
     * Validates and normalises, and geolocates the sign-up IP: the located country becomes {@code signup_ip_country}
     * (the caller's value stays only when the address cannot be located, and is noted when it differs).
     */
    static Checked check(CustomerData d, @Nullable SignupLocator locator) {
        return new CustomerValidation().run(d, locator);
    }

    /** Geolocates a valid sign-up IP as of the sign-up time. */
    @FunctionalInterface
    interface SignupLocator {
        Optional<Derived.SignupIp> locate(String ip, @Nullable Instant signupAt);
    }

    private Checked run(CustomerData d, @Nullable SignupLocator locator) {
        boolean org = d.type() == CustomerType.ORGANIZATION;
        String nationality = country("nationality", d.nationality());
        List<CustomerData.Address> addresses = addresses("addresses", d.addresses());
        List<CustomerData.IdentityDocument> docs = new ArrayList<>();
        for (int i = 0; i < d.identityDocuments().size(); i++) {
            CustomerData.IdentityDocument doc = d.identityDocuments().get(i);
            docs.add(new CustomerData.IdentityDocument(
                    doc.type().strip(),
                    doc.number().strip(),
                    country("identity_documents[" + i + "].issuing_country", doc.issuingCountry()),
                    doc.expiry()));
        }
        List<CustomerData.PaymentMeans> payments = new ArrayList<>();
        for (int i = 0; i < d.paymentMeans().size(); i++) {
            CustomerData.PaymentMeans p = d.paymentMeans().get(i);
            payments.add(new CustomerData.PaymentMeans(
                    p.kind(), country("payment_means[" + i + "].country", p.country()), p.wallet(), p.source()));
        }
        List<CustomerData.BeneficialOwner> owners = new ArrayList<>();
        if (!org && !d.beneficialOwners().isEmpty()) {
            errors.add(new ApiProblem.FieldError("beneficial_owners", "only organizations have beneficial owners"));
        }
        if (!org && d.controlPerson() != null) {
            errors.add(new ApiProblem.FieldError("control_person", "only organizations have a control person"));
        }
        if (org && d.birthDate() != null) {
            errors.add(new ApiProblem.FieldError("birth_date", "an organization has no date of birth"));
        }
        for (int i = 0; i < d.beneficialOwners().size(); i++) {
            CustomerData.BeneficialOwner o = d.beneficialOwners().get(i);
            String p = "beneficial_owners[" + i + "]";
            boolean owns = o.ownershipPercent() != null && o.ownershipPercent().compareTo(OWNER_THRESHOLD) >= 0;
            if (!owns && !Boolean.TRUE.equals(o.control())) {
                errors.add(new ApiProblem.FieldError(
                        p + ".ownership_percent",
                        "a beneficial owner owns at least 25 % or exercises substantial control (control: true)"));
            }
            owners.add(new CustomerData.BeneficialOwner(
                    o.name().strip(),
                    o.birthDate(),
                    country(p + ".nationality", o.nationality()),
                    o.ownershipPercent(),
                    o.control(),
                    addresses(p + ".addresses", o.addresses()),
                    o.verification()));
        }
        CustomerData.Person control = d.controlPerson() == null
                ? null
                : new CustomerData.Person(
                        d.controlPerson().name().strip(),
                        d.controlPerson().birthDate(),
                        country("control_person.nationality", d.controlPerson().nationality()));
        String ipCountry = country("signup_ip_country", d.signupIpCountry());
        String signupIp = d.signupIp() == null || d.signupIp().isBlank()
                ? null
                : d.signupIp().strip();
        Derived.SignupIp signupGeo = null;
        if (signupIp != null) {
            Optional<IpAddress> ip = IpAddress.tryParse(signupIp);
            if (ip.isEmpty()) {
                errors.add(new ApiProblem.FieldError("signup_ip", "is not an IP address"));
            } else if (locator != null) {
                signupGeo = locator.locate(ip.get().toString(), d.signupAt()).orElse(null);
                if (signupGeo != null && !signupGeo.country().isEmpty()) {
                    if (ipCountry != null && !ipCountry.equals(signupGeo.country())) {
                        signupGeo = signupGeo.withSuppliedCountry(ipCountry);
                    }
                    ipCountry = signupGeo.country();
                }
            }
        }
        String defaultRegion =
                addresses.isEmpty() ? nationality : addresses.get(0).country();
        String[] phone = phone(d.phone(), defaultRegion);
        if (!errors.isEmpty()) {
            throw new ApiProblem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-request",
                    "Invalid request",
                    errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid",
                    errors);
        }
        CustomerData data = new CustomerData(
                d.type(),
                d.name().strip(),
                d.otherNames().stream().map(String::strip).toList(),
                d.birthDate(),
                nationality,
                addresses,
                docs,
                d.email() == null ? null : d.email().strip(),
                phone == null ? null : phone[0],
                payments,
                signupIp,
                d.signupAt(),
                ipCountry,
                owners,
                control,
                d.verification());
        return new Checked(data, derive(data, phone, signupGeo));
    }

    /** US person or foreign: a US national or a person located in the US (a US address); an entity organised in the US. */
    private static Derived derive(CustomerData d, String @Nullable [] phone, Derived.@Nullable SignupIp signupGeo) {
        Derived.Determination customer =
                determine(d.type() == CustomerType.ORGANIZATION, d.nationality(), d.addresses(), d.signupIpCountry());
        List<Derived.OwnerDetermination> owners = new ArrayList<>();
        boolean allUs = customer.usPerson();
        for (int i = 0; i < d.beneficialOwners().size(); i++) {
            CustomerData.BeneficialOwner o = d.beneficialOwners().get(i);
            Derived.Determination det = determine(false, o.nationality(), o.addresses(), null);
            allUs &= det.usPerson();
            owners.add(new Derived.OwnerDetermination(i, o.name(), det.status(), det.evidence()));
        }
        return new Derived(
                phone == null ? null : phone[0], phone == null ? null : phone[1], customer, owners, !allUs, signupGeo);
    }

    private static Derived.Determination determine(
            boolean org, @Nullable String nationality, List<CustomerData.Address> addresses, @Nullable String ip) {
        List<String> evidence = new ArrayList<>();
        boolean us = false;
        if (nationality != null) {
            evidence.add((org ? "country of incorporation " : "nationality ") + nationality);
            us = "US".equals(nationality);
        } else {
            evidence.add(org ? "country of incorporation not given" : "nationality not given");
        }
        if (!org) {
            Optional<CustomerData.Address> usAddress =
                    addresses.stream().filter(a -> "US".equals(a.country())).findFirst();
            if (usAddress.isPresent()) {
                evidence.add("address in the US (located in the US)");
                us = true;
            } else {
                evidence.add(addresses.isEmpty() ? "no address given" : "no US address");
            }
        }
        if (!us) {
            evidence.add("not shown to be a US person: treated as foreign");
        }
        if (ip != null) {
            evidence.add("sign-up IP country " + ip + " (recorded, not decisive)");
        }
        return new Derived.Determination(us ? "us_person" : "foreign", evidence);
    }

    private List<CustomerData.Address> addresses(String field, List<CustomerData.Address> in) {
        List<CustomerData.Address> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            CustomerData.Address a = in.get(i);
            out.add(new CustomerData.Address(
                    a.line1().strip(),
                    a.line2(),
                    a.city(),
                    a.postalCode(),
                    a.region(),
                    country(field + "[" + i + "].country", a.country())));
        }
        return out;
    }

    private @Nullable String country(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<String> code = Countries.alpha2(value.strip());
        if (code.isEmpty()) {
            errors.add(new ApiProblem.FieldError(field, "unknown country '" + value.strip() + "'"));
            return value.strip();
        }
        return code.get();
    }

    /** {E.164, region} or null when no phone was given; an invalid number is an error on {@code phone}. */
    private String @Nullable [] phone(@Nullable String value, @Nullable String defaultRegion) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Phonenumber.PhoneNumber n = PHONES.parse(value.strip(), defaultRegion == null ? "ZZ" : defaultRegion);
            if (!PHONES.isValidNumber(n)) {
                errors.add(new ApiProblem.FieldError("phone", "not a valid phone number"));
                return null;
            }
            String region = PHONES.getRegionCodeForNumber(n);
            return new String[] {
                PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164),
                region == null || "ZZ".equals(region) || "001".equals(region) ? null : region
            };
        } catch (NumberParseException e) {
            errors.add(new ApiProblem.FieldError(
                    "phone", "not a phone number (" + e.getMessage() + "); give it as +<country code> <number>"));
            return null;
        }
    }
}
