package org.tollgate.screening.variants;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Equivalence classes of romanisation variants of name words ("muhammad", "mohammed", "mohamed", ...), read
 * from a plain text resource with one class per line. A spelling may belong to several classes; two
 * spellings are variants when they share one. Immutable and thread-safe.
 */
public final class VariantTable {
    private static final int[] NONE = new int[0];
    private static final VariantTable STANDARD = load("name-variants.txt");

    private final Map<String, int[]> classes;
    private final List<List<String>> members;

    private VariantTable(Map<String, int[]> classes, List<List<String>> members) {
        this.classes = classes;
        this.members = members;
    }

    /** The table shipped with Tollgate. */
    public static VariantTable standard() {
        return STANDARD;
    }

    /** Reads a table from a resource beside this class. */
    static VariantTable load(String resource) {
        try (InputStream in = VariantTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("variant table resource missing: " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses lines of white-space separated spellings; '#' starts a comment line. */
    public static VariantTable parse(BufferedReader reader) throws IOException {
        Map<String, List<Integer>> m = new HashMap<>();
        List<List<String>> members = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> words = List.of(line.split("\\s+"));
            if (words.size() < 2) {
                continue;
            }
            int id = members.size();
            members.add(words);
            for (String w : words) {
                List<Integer> l = m.computeIfAbsent(w, k -> new ArrayList<>(1));
                if (!l.contains(id)) {
                    l.add(id);
                }
            }
        }
        Map<String, int[]> classes = new HashMap<>(m.size() * 2);
        m.forEach((k, v) ->
                classes.put(k, v.stream().mapToInt(Integer::intValue).sorted().toArray()));
        return new VariantTable(Map.copyOf(classes), List.copyOf(members));
    }

    /** The ids of the classes the spelling belongs to, ascending; empty when it is in none. */
    public int[] classesOf(String word) {
        return classes.getOrDefault(word, NONE);
    }

    /** Whether two spellings are variants of one another (equal spellings are not asked about here). */
    public boolean areVariants(String a, String b) {
        return shareClass(classesOf(a), classesOf(b));
    }

    /** Whether two sorted class-id arrays intersect. */
    public static boolean shareClass(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return false;
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** The spellings of one class. */
    public List<String> members(int classId) {
        return members.get(classId);
    }

    /** Number of classes. */
    public int size() {
        return members.size();
    }

    @Override
    public String toString() {
        return "VariantTable[" + members.size() + " classes, " + classes.size() + " spellings]";
    }

    static int[] copy(int[] a) {
        return Arrays.copyOf(a, a.length);
    }
}
