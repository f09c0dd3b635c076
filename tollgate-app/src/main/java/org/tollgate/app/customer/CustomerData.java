package org.tollgate.app.customer;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A customer's identification data, as the API takes it and as each version stores it: the fields the proposed
 * Commerce rule for IaaS providers names (name, address, means and source of payment, email, phone, IP address)
 * plus those of a bank CIP (date of birth, identity documents) and the beneficial owners of an organisation.
 *
 * @param type individual or organization
 * @param name the legal name
 * @param otherNames other names (aliases, former names, names in other scripts)
 * @param birthDate date of birth (individuals)
 * @param nationality nationality, or for an organisation the country of incorporation (ISO alpha-2 or a name)
 * @param addresses addresses with country
 * @param identityDocuments identity documents
 * @param email email address
 * @param phone phone number, international form or national form of the first address's country
 * @param paymentMeans means and source of payment
 * @param signupIp the IP address the customer signed up from
 * @param signupAt when the customer signed up
 * @param signupIpCountry the country of the sign-up IP, when the caller has geolocated it
 * @param beneficialOwners (organisations) every individual owning at least 25 % or exercising substantial control
 * @param controlPerson (organisations) the one individual with significant responsibility to control the entity
 * @param verification identity verification status and method
 */
public record CustomerData(
        @NotNull CustomerType type,
        @NotBlank @Size(max = 500) String name,
        @Nullable List<@NotBlank @Size(max = 500) String> otherNames,
        @Nullable LocalDate birthDate,
        @Nullable @Size(max = 100) String nationality,
        @Nullable @Size(max = 20) List<@Valid @NotNull Address> addresses,
        @Nullable @Size(max = 20) List<@Valid @NotNull IdentityDocument> identityDocuments,
        @Nullable @Email @Size(max = 320) String email,
        @Nullable @Size(max = 40) String phone,
        @Nullable @Size(max = 20) List<@Valid @NotNull PaymentMeans> paymentMeans,
        @Nullable @Size(max = 45) String signupIp,
        @Nullable Instant signupAt,
        @Nullable @Size(max = 100) String signupIpCountry,
        @Nullable @Size(max = 50) List<@Valid @NotNull BeneficialOwner> beneficialOwners,
        @Nullable @Valid Person controlPerson,
        @Nullable @Valid Verification verification) {

    public CustomerData {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        identityDocuments = identityDocuments == null ? List.of() : List.copyOf(identityDocuments);
        paymentMeans = paymentMeans == null ? List.of() : List.copyOf(paymentMeans);
        beneficialOwners = beneficialOwners == null ? List.of() : List.copyOf(beneficialOwners);
    }

    /** An address. */
    public record Address(
            @NotBlank @Size(max = 300) String line1,
            @Nullable @Size(max = 300) String line2,
            @Nullable @Size(max = 200) String city,
            @Nullable @Size(max = 40) String postalCode,
            @Nullable @Size(max = 200) String region,
            @NotBlank @Size(max = 100) String country) {}

    /** An identity document. */
    public record IdentityDocument(
            @NotBlank @Size(max = 60) String type,
            @NotBlank @Size(max = 100) String number,
            @NotBlank @Size(max = 100) String issuingCountry,
            @Nullable LocalDate expiry) {}

    /** How the customer pays. */
    public enum PaymentKind {
        @JsonProperty("card")
        CARD,
        @JsonProperty("bank_account")
        BANK_ACCOUNT,
        @JsonProperty("digital_currency")
        DIGITAL_CURRENCY,
        @JsonProperty("invoice")
        INVOICE
    }

    /**
     * A means of payment and its source.
     *
     * @param kind card, bank account, digital-currency wallet or invoice
     * @param country the card's BIN country or the bank account's country
     * @param wallet a digital-currency wallet address
     * @param source the source of the funds, as declared
     */
    public record PaymentMeans(
            @NotNull PaymentKind kind,
            @Nullable @Size(max = 100) String country,
            @Nullable @Size(max = 200) String wallet,
            @Nullable @Size(max = 300) String source) {}

    /**
     * A beneficial owner: a person owning at least 25 % or exercising substantial control, with its own identity
     * verification (a foreign owner is verified like a foreign customer); none given means the customer's covers it.
     */
    public record BeneficialOwner(
            @NotBlank @Size(max = 500) String name,
            @Nullable LocalDate birthDate,
            @Nullable @Size(max = 100) String nationality,
            @Nullable @DecimalMin("0") @DecimalMax("100") BigDecimal ownershipPercent,
            @Nullable Boolean control,
            @Nullable @Size(max = 5) List<@Valid @NotNull Address> addresses,
            @Nullable @Valid Verification verification) {
        public BeneficialOwner {
            addresses = addresses == null ? List.of() : List.copyOf(addresses);
        }
    }

    /** A person named by name, birth date and nationality (the control person). */
    public record Person(
            @NotBlank @Size(max = 500) String name,
            @Nullable LocalDate birthDate,
            @Nullable @Size(max = 100) String nationality) {}

    /** Identity verification status. */
    public enum VerificationStatus {
        @JsonProperty("unverified")
        UNVERIFIED,
        @JsonProperty("pending")
        PENDING,
        @JsonProperty("verified")
        VERIFIED,
        @JsonProperty("failed")
        FAILED
    }

    /** How identity was verified. */
    public enum VerificationMethod {
        @JsonProperty("documentary")
        DOCUMENTARY,
        @JsonProperty("non_documentary")
        NON_DOCUMENTARY
    }

    /**
     * The state of identity verification.
     *
     * @param status unverified, pending, verified or failed
     * @param method documentary or non-documentary
     * @param failureResolution how a failed verification was resolved (the rule asks for it to be recorded)
     */
    public record Verification(
            @NotNull VerificationStatus status,
            @Nullable VerificationMethod method,
            @Nullable @Size(max = 2000) String failureResolution) {}

    /** The verification, unverified when not given. */
    public Verification verificationOrDefault() {
        return verification == null ? new Verification(VerificationStatus.UNVERIFIED, null, null) : verification;
    }
}
