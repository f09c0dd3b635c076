package org.tollgate.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a Russian, Ukrainian or Belarusian name that a list gives in Latin letters (BGN/PCGN style, as OFAC,
 * the UN and the UK write them) back in Cyrillic, the way the person's own documents would: {@code shch} as
 * щ, {@code kh} as х, {@code zh} as ж, {@code ts} as ц, {@code ch} as ч, {@code sh} as ш, {@code ya}/{@code
 * yu}/{@code ye} as я/ю/е (with a soft sign after a consonant inside a word: Tatyana, Vasilyev), {@code -iy}
 * as -ий, {@code y} after a vowel as й and before a consonant as ы, a word-initial {@code e} as э. The
 * Ukrainian rules differ where the languages do: {@code y} is и, {@code i} is і, {@code yi} is ї, {@code ye}
 * is є and {@code h} is г.
 *
 * <p>The benchmark's own reverse romanisation; it is not the engine's transliterator run backwards.
 */
public final class CyrillicRendering {
    /** Which language's rules. */
    public enum Language {
        RUSSIAN,
        UKRAINIAN
    }

    /** Given names whose Cyrillic spelling the letter rules cannot know (a final soft sign, a non-BGN spelling). */
    private static final String[][] WHOLE_WORDS = {
        {"igor", "игорь"},
        {"olga", "ольга"},
        {"lyubov", "любовь"},
        {"vyacheslav", "вячеслав"},
        {"rostislav", "ростислав"},
        {"yaroslav", "ярослав"},
        // spellings outside BGN/PCGN that the lists use as well
        {"alexander", "александр"},
        {"alexei", "алексей"},
        {"sergei", "сергей"},
        {"andrei", "андрей"},
        {"nikolai", "николай"},
        {"dmitri", "дмитрий"},
        {"yuri", "юрий"},
        {"valeri", "валерий"},
    };

    private CyrillicRendering() {}

    /**
     * The name in Cyrillic, words in the order given, each with a capital first letter; empty when a word
     * holds anything but ASCII letters, hyphens and apostrophes (then it is no plain romanisation).
     */
    public static Optional<String> render(List<String> words, Language lang) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            if (!w.matches("[A-Za-z][A-Za-z'-]*")) {
                return Optional.empty();
            }
            List<String> parts = new ArrayList<>();
            for (String part : w.split("-")) {
                if (!part.isEmpty()) {
                    parts.add(capital(word(part.toLowerCase(Locale.ROOT), lang)));
                }
            }
            out.add(String.join("-", parts));
        }
        return Optional.of(String.join(" ", out));
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean vowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** One word, lower case. */
    static String word(String w, Language lang) {
        for (String[] ww : WHOLE_WORDS) {
            if (lang == Language.RUSSIAN && ww[0].equals(w)) {
                return ww[1];
            }
        }
        boolean ua = lang == Language.UKRAINIAN;
        StringBuilder b = new StringBuilder();
        int n = w.length();
        int i = 0;
        while (i < n) {
            char c = w.charAt(i);
            char prev = i > 0 ? w.charAt(i - 1) : ' ';
            boolean start = i == 0;
            boolean afterConsonant = !start && !vowel(prev) && prev != '\'';
            if (w.startsWith("shch", i)) {
                b.append('щ');
                i += 4;
            } else if (w.startsWith("kh", i)) {
                b.append('х');
                i += 2;
            } else if (w.startsWith("zh", i)) {
                b.append('ж');
                i += 2;
            } else if (w.startsWith("tsk", i)) {
                // -tsk- (Sovetskiy) is т + ск, not ц
                b.append("тск");
                i += 3;
            } else if (w.startsWith("ts", i)) {
                b.append('ц');
                i += 2;
            } else if (w.startsWith("ch", i)) {
                b.append('ч');
                i += 2;
            } else if (w.startsWith("sh", i)) {
                b.append('ш');
                i += 2;
            } else if (c == 'y' && i + 1 < n && (ua ? "aueoi" : "aueo").indexOf(w.charAt(i + 1)) >= 0) {
                char v = w.charAt(i + 1);
                // a soft sign between a consonant and the iotated vowel, except right after the word's first
                // consonant (Ryabov, Lyudmila) and in Ukrainian, which writes an apostrophe there, if anything
                boolean soft = afterConsonant && i > 1 && !ua;
                String iot = switch (v) {
                    case 'a' -> "я";
                    case 'u' -> "ю";
                    case 'e' -> ua ? "є" : "е";
                    case 'o' -> "е";
                    default -> "ї";
                };
                if (v == 'e' && !afterConsonant && !ua) {
                    soft = false;
                }
                b.append(soft ? "ь" : "").append(iot);
                i += 2;
            } else if (c == 'y') {
                boolean last = i == n - 1;
                boolean beforeConsonant = !last && !vowel(w.charAt(i + 1));
                if (!start && vowel(prev) && (last || beforeConsonant)) {
                    b.append('й');
                } else {
                    b.append(ua ? 'и' : 'ы');
                }
                i++;
            } else if (c == 'e') {
                if (start && !ua) {
                    b.append(startsWithYe(w) ? 'е' : 'э');
                } else if (!start && vowel(prev) && prev != 'i' && !ua) {
                    b.append('э');
                } else {
                    b.append('е');
                }
                i++;
            } else if (c == 'i') {
                if (ua && i + 1 < n && w.charAt(i + 1) == 'y' && (i + 2 == n)) {
                    b.append("ій");
                    i += 2;
                } else {
                    b.append(ua ? 'і' : 'и');
                    i++;
                }
            } else if (c == '\'') {
                b.append(ua ? "" : "ь");
                i++;
            } else {
                b.append(letter(c, ua));
                i++;
            }
        }
        return b.toString();
    }

    /** Russian names whose initial Е the lists write as a bare E rather than Ye. */
    private static boolean startsWithYe(String w) {
        for (String p : new String[] {"evg", "ekat", "egor", "elen", "eliz", "emel", "efim", "ermo", "esen"}) {
            if (w.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static String letter(char c, boolean ua) {
        return switch (c) {
            case 'a' -> "а";
            case 'b' -> "б";
            case 'v', 'w' -> "в";
            case 'g' -> ua ? "ґ" : "г";
            case 'h' -> ua ? "г" : "х";
            case 'd' -> "д";
            case 'z' -> "з";
            case 'k', 'c', 'q' -> "к";
            case 'l' -> "л";
            case 'm' -> "м";
            case 'n' -> "н";
            case 'o' -> "о";
            case 'p' -> "п";
            case 'r' -> "р";
            case 's' -> "с";
            case 't' -> "т";
            case 'u' -> "у";
            case 'f' -> "ф";
            case 'j' -> "й";
            case 'x' -> "кс";
            default -> String.valueOf(c);
        };
    }
}
