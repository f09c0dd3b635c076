package org.tollgate.app.screening;

import org.jspecify.annotations.Nullable;

/**
 * One name of a customer to screen: the customer's legal name, one of its other names, a beneficial owner or the
 * control person.
 *
 * @param key which one: {@code customer}, {@code other_name:0}, {@code beneficial_owner:1}, {@code control_person}
 * @param name the name
 * @param type {@code person} or {@code organization}
 * @param birthDate {@code YYYY[-MM[-DD]]}, if known
 * @param country ISO alpha-2 nationality or country of incorporation, if known
 */
public record ScreeningSubject(
        String key,
        String name,
        String type,
        @Nullable String birthDate,
        @Nullable String country) {}
