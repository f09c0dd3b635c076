package org.tollgate.app.console;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tollgate.app.alert.Alert;
import org.tollgate.app.customer.CustomerData;
import org.tollgate.app.customer.CustomerView;
import tools.jackson.databind.JsonNode;

/**
 * The customer's side of an alert: which of its names matched (the customer itself, another name, a beneficial
 * owner, the control person), with the data that name comes with and what it was screened as.
 *
 * @param role for a reader: "customer", "other name", "beneficial owner (60 %)", "control person"
 * @param name the screened name
 * @param type person or organization, as screened
 * @param birthDate the birth date screened with, if any
 * @param country the country screened with, if any
 * @param addresses the addresses on file for this name
 * @param documents identity documents (the customer's own only)
 */
record SubjectSide(
        String role,
        String name,
        @Nullable String type,
        @Nullable String birthDate,
        @Nullable String country,
        List<String> addresses,
        List<String> documents) {

    static SubjectSide of(Alert a, CustomerView c, @Nullable JsonNode query) {
        CustomerData d = c.customer();
        String type = text(query, "type");
        String birth = text(query, "birth_date");
        String country = text(query, "country");
        String subject = a.subject();
        if (subject.startsWith("beneficial_owner:")) {
            int i = index(subject);
            String role = "beneficial owner";
            List<String> addresses = List.of();
            if (i >= 0 && i < d.beneficialOwners().size()) {
                CustomerData.BeneficialOwner o = d.beneficialOwners().get(i);
                if (o.ownershipPercent() != null) {
                    role += " (" + o.ownershipPercent().stripTrailingZeros().toPlainString() + " %)";
                } else if (Boolean.TRUE.equals(o.control())) {
                    role += " (control)";
                }
                addresses = o.addresses().stream().map(SubjectSide::address).toList();
            }
            return new SubjectSide(role, a.subjectName(), type, birth, country, addresses, List.of());
        }
        if (subject.equals("control_person")) {
            return new SubjectSide("control person", a.subjectName(), type, birth, country, List.of(), List.of());
        }
        List<String> docs = new ArrayList<>();
        for (CustomerData.IdentityDocument doc : d.identityDocuments()) {
            docs.add(doc.type() + " " + doc.number() + " (" + doc.issuingCountry() + ")");
        }
        return new SubjectSide(
                subject.startsWith("other_name:") ? "other name of the customer" : "customer",
                a.subjectName(),
                type,
                birth,
                country,
                d.addresses().stream().map(SubjectSide::address).toList(),
                List.copyOf(docs));
    }

    static String address(CustomerData.Address a) {
        StringBuilder b = new StringBuilder(a.line1());
        for (String part : new String[] {a.line2(), a.postalCode(), a.city(), a.region(), a.country()}) {
            if (part != null && !part.isBlank()) {
                b.append(", ").append(part);
            }
        }
        return b.toString();
    }

    private static int index(String subject) {
        try {
            return Integer.parseInt(subject.substring(subject.indexOf(':') + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static @Nullable String text(@Nullable JsonNode q, String field) {
        if (q == null || q.get(field) == null || q.get(field).isNull()) {
            return null;
        }
        return q.get(field).asString();
    }
}
