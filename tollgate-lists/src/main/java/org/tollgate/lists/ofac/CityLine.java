package org.tollgate.lists.ofac;

/**
 * The one "City/State/Province/Postal Code" field of OFAC's add.csv, split heuristically: trailing words that
 * hold a digit are the postal code ({@code London EC3N 1DY}, {@code Zurich CH-8022}, {@code Miami, FL 33122}), the
 * text before the first comma is the city and the rest the region ({@code Culiacan, Sinaloa}).
 *
 * @param city the city, or empty
 * @param region the state, province or region, or empty
 * @param postalCode the postal code, or empty
 */
record CityLine(String city, String region, String postalCode) {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    static CityLine parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new CityLine("", "", "");
        }
        String[] words = SPACES.split(t);
        int firstPostal = words.length;
        while (firstPostal > 0 && hasDigit(words[firstPostal - 1])) {
            firstPostal--;
        }
        String postal = String.join(" ", java.util.Arrays.asList(words).subList(firstPostal, words.length));
        String place = String.join(" ", java.util.Arrays.asList(words).subList(0, firstPostal));
        if (place.endsWith(",")) {
            place = place.substring(0, place.length() - 1).strip();
        }
        int comma = place.indexOf(',');
        if (comma < 0) {
            return new CityLine(place, "", postal);
        }
        return new CityLine(
                place.substring(0, comma).strip(), place.substring(comma + 1).strip(), postal);
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
