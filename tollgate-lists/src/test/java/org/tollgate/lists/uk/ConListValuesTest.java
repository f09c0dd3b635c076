package org.tollgate.lists.uk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tollgate.lists.model.PartialDate;

class ConListValuesTest {
    @Test
    void splitsNumberedLists() {
        assertThat(ConListValues.numbered("(1) Germany. (2) Morocco")).containsExactly("Germany", "Morocco");
        assertThat(ConListValues.numbered("(1) Tunis (2) - (3) -")).containsExactly("Tunis");
        assertThat(ConListValues.numberedKeepingEmpty("(1) Tunis (2) - (3) -")).containsExactly("Tunis", "", "");
        assertThat(ConListValues.numbered("Resolution 2371 (2017) and (2) more"))
                .containsExactly("Resolution 2371 (2017) and (2) more");
        assertThat(ConListValues.numbered("  ")).isEmpty();
    }

    @Test
    void readsOfsiBirthDates() {
        assertThat(ConListValues.birthDate("28/09/1955")).contains(new PartialDate(1955, 9, 28));
        assertThat(ConListValues.birthDate("00/09/1962")).contains(new PartialDate(1962, 9, 0));
        assertThat(ConListValues.birthDate("00/00/1936")).contains(PartialDate.ofYear(1936));
        assertThat(ConListValues.birthDate("10/00/1983")).contains(PartialDate.ofYear(1983));
        assertThat(ConListValues.birthDate("05/1973")).contains(new PartialDate(1973, 5, 0));
        assertThat(ConListValues.birthDate("1965")).contains(PartialDate.ofYear(1965));
        assertThat(ConListValues.birthDate("1964-09-22")).contains(new PartialDate(1964, 9, 22));
        assertThat(ConListValues.birthDate("31/02/1970")).isEmpty();
        assertThat(ConListValues.birthDate("circa 1970")).isEmpty();
        assertThat(ConListValues.date("24/03/2007")).contains(LocalDate.of(2007, 3, 24));
        assertThat(ConListValues.date("00/03/2007")).isEmpty();
    }

    @Test
    void readsTheTagsOfOtherInformation() {
        assertThat(ConListValues.tags("(UK Sanctions List Ref):DPR0100. Listed as asset of Korea Samjong Shipping (OFSI"
                        + " ID: 13635) (IMO number):7408873 (Current owners):Korea Samjong Shipping (Flag of ship):North"
                        + " Korea (Year built):1975"))
                .containsEntry(
                        "uk sanctions list ref", "DPR0100. Listed as asset of Korea Samjong Shipping (OFSI ID: 13635)")
                .containsEntry("imo number", "7408873")
                .containsEntry("current owners", "Korea Samjong Shipping")
                .containsEntry("flag of ship", "North Korea")
                .containsEntry("year built", "1975");
        assertThat(ConListValues.tags("no tags at all (1) here")).isEmpty();
    }

    @Test
    void findsRegistrationNumbersAndTheirLabels() {
        assertThat(ConListValues.registrationNumbers("OGRN – 1125261000040"))
                .containsExactly(new ConListValues.RegistrationNumber("1125261000040", "OGRN", ""));
        assertThat(ConListValues.registrationNumbers("1117746568829 (Russia). Tax ID No. 7735579027 (Russia)"))
                .containsExactly(
                        new ConListValues.RegistrationNumber("1117746568829", "", "Russia"),
                        new ConListValues.RegistrationNumber("7735579027", "Tax ID No", "Russia"));
        assertThat(ConListValues.registrationNumbers("9709056472 - Russia INN"))
                .containsExactly(new ConListValues.RegistrationNumber("9709056472", "Russia INN", ""));
        assertThat(ConListValues.registrationNumbers("Business Identification Number: RU07586894"))
                .containsExactly(
                        new ConListValues.RegistrationNumber("RU07586894", "Business Identification Number", ""));
        assertThat(new ConListValues.RegistrationNumber("1", "Russian TIN", "").isTax())
                .isTrue();
        assertThat(new ConListValues.RegistrationNumber("1", "OGRN", "").isTax())
                .isFalse();
    }

    @Test
    void findsTheIssuingCountryOfADocument() {
        assertThat(ConListValues.issuingCountry("Moroccan. Issued on 28 June 1995 in Meknas, Morocco. Expired"))
                .isEqualTo("MA");
        assertThat(ConListValues.issuingCountry("German provisional. Issued by the city of Hamburg"))
                .isEqualTo("DE");
        assertThat(ConListValues.issuingCountry("Issued in Jordan")).isEqualTo("JO");
        assertThat(ConListValues.issuingCountry("Tunisia number. Issued on 16 Nov. 1989."))
                .isEqualTo("TN");
        assertThat(ConListValues.issuingCountry("UK passport")).isEqualTo("GB");
        assertThat(ConListValues.issuingCountry("Issue date: 05/05/1998, expiry date: 04/05/2003"))
                .isEmpty();
        assertThat(ConListValues.labelCountry("Kazakhstan BIN")).isEqualTo("KZ");
        assertThat(ConListValues.labelCountry("BR")).isEmpty();
    }

    @Test
    void mapsScriptLanguagesToIsoCodes() {
        assertThat(ConListValues.languageCode("Russian")).isEqualTo("ru");
        assertThat(ConListValues.languageCode("Persian/Farsi")).isEqualTo("fa");
        assertThat(ConListValues.languageCode("Cyrillic")).isEmpty();
    }
}
