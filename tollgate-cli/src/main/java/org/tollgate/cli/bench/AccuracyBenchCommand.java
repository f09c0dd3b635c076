package org.tollgate.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tollgate.cli.TollgateCommand;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.screening.Screener;
import org.tollgate.screening.ScreeningEngine;
import org.tollgate.screening.ScreeningOptions;
import org.tollgate.screening.index.ScreeningIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tollgate bench accuracy}: builds labelled query sets from the real lists and the name corpus,
 * screens them with the engine and with a Jaro-Winkler + Soundex baseline, and reports recall and alert
 * rate per kind of variation, against the targets, with threshold sweeps and example misses.
 */
@Command(
        name = "accuracy",
        mixinStandardHelpOptions = true,
        description = {
            "Accuracy benchmark: recall on generated and listed variations of real list names and alert rate on"
                    + " innocent names, at the default threshold and as a sweep, beside a brute-force Jaro-Winkler"
                    + " + Soundex baseline. Prints Markdown and writes it to --out.",
            "Index: OFAC SDN (2024-05-03 with the 2025-12 aliases), OFAC consolidated, UN, CSL."
        })
public final class AccuracyBenchCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "The shared data folder (default: $TOLLGATE_TESTDATA if set, else ../shared/data).")
    Path data = BenchData.defaultFolder();

    @Option(names = "--seed", description = "Seed of the generated variations (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(
            names = "--per-kind",
            paramLabel = "N",
            description = "Generated positives per kind at most (default: ${DEFAULT-VALUE}).")
    int perKind = 2000;

    @Option(
            names = "--negatives",
            paramLabel = "N",
            description = "Innocents per negatives file, a seeded sample (default: ${DEFAULT-VALUE}, all).")
    int negatives = 50_000;

    @Option(
            names = "--baseline-sample",
            paramLabel = "N",
            description = "Queries per kind the slow baseline screens, a seeded sample (default: ${DEFAULT-VALUE}).")
    int baselineSample = 500;

    @Option(
            names = "--threshold",
            paramLabel = "T",
            description = "The engine's alert threshold (default: the engine's default, ${DEFAULT-VALUE}).")
    double threshold = ScreeningOptions.DEFAULT_THRESHOLD;

    @Option(
            names = "--baseline-threshold",
            paramLabel = "T",
            description = "The baseline's alert threshold (default: ${DEFAULT-VALUE}).")
    double baselineThreshold = 0.90;

    @Option(names = "--threads", paramLabel = "N", description = "Screening threads (default: the processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--examples",
            paramLabel = "N",
            description = "Misses / false alerts shown per kind (default: ${DEFAULT-VALUE}).")
    int examples = 10;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Where the Markdown report goes besides standard output (default: ${DEFAULT-VALUE};"
                    + " '-' for none).")
    String out = "docs/accuracy.md";

    @Option(names = "--fail-on-target", description = "Exit with 1 when a target is not met.")
    boolean failOnTarget;

    @Option(
            names = "--dump",
            paramLabel = "CSV",
            description = "Also write every labelled query (kind, query, made from, expected ids) to this CSV.")
    Path dump;

    @Option(names = "--only-sets", description = "Build (and --dump) the labelled sets, screen nothing.")
    boolean onlySets;

    @Override
    public Integer call() {
        PrintWriter log = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        long started = System.nanoTime();
        try (BenchData d = BenchData.load(data, log)) {
            List<Entity> indexed = d.indexed();
            long t0 = System.nanoTime();
            ScreeningIndex main = ScreeningEngine.index(indexed);
            long mainMs = (System.nanoTime() - t0) / 1_000_000;
            t0 = System.nanoTime();
            ScreeningIndex latinOnly = ScreeningEngine.index(d.indexedLatinOnly());
            long latinMs = (System.nanoTime() - t0) / 1_000_000;
            log.printf(
                    Locale.ROOT,
                    "indexed %,d parties / %,d names in %,d ms; without original-script names %,d names in %,d ms%n",
                    main.partyCount(),
                    main.nameCount(),
                    mainMs,
                    latinOnly.nameCount(),
                    latinMs);

            Sets sets = sets(d, indexed, log);
            for (Map.Entry<Kind, List<LabelledQuery>> e : sets.queries.entrySet()) {
                log.printf(
                        Locale.ROOT,
                        "%-22s %,6d queries%n",
                        e.getKey().label(),
                        e.getValue().size());
            }
            if (dump != null) {
                dump(sets);
                log.println("wrote " + dump);
            }
            if (onlySets) {
                return 0;
            }

            BaselineMatcher baseMain = new BaselineMatcher(indexed);
            BaselineMatcher baseLatin = new BaselineMatcher(d.indexedLatinOnly());
            Screener engineMain = new Screener(main);
            Screener engineLatin = new Screener(latinOnly);
            Map<Kind, QueryRunner.Run> engineRuns = new EnumMap<>(Kind.class);
            Map<Kind, QueryRunner.Run> baseRuns = new EnumMap<>(Kind.class);
            long engineQueries = 0;
            long engineNanos = 0;
            long baseQueries = 0;
            long baseNanos = 0;
            for (Map.Entry<Kind, List<LabelledQuery>> e : sets.queries.entrySet()) {
                Kind k = e.getKey();
                List<LabelledQuery> qs = e.getValue();
                QueryRunner.Run r =
                        QueryRunner.engine(k.otherScript() ? engineLatin : engineMain, qs, 0.5, 20, threads);
                engineRuns.put(k, r);
                engineQueries += qs.size();
                engineNanos += r.nanos();
                List<LabelledQuery> sample = sample(qs, baselineSample, seed + k.ordinal());
                QueryRunner.Run br =
                        QueryRunner.baseline(k.otherScript() ? baseLatin : baseMain, sample, 0.8, 20, threads);
                baseRuns.put(k, br);
                baseQueries += sample.size();
                baseNanos += br.nanos();
                log.printf(
                        Locale.ROOT,
                        "%-22s %,6d queries: engine %s %5.1f%% (%,.0f q/s), baseline %s %5.1f%% (%,d queries, %,.0f q/s)%n",
                        k.label(),
                        qs.size(),
                        k.innocent() ? "alerts" : "recall",
                        AccuracyReport.rate(r, k, threshold) * 100,
                        r.queriesPerSecond(),
                        k.innocent() ? "alerts" : "recall",
                        AccuracyReport.rate(br, k, baselineThreshold) * 100,
                        sample.size(),
                        br.queriesPerSecond());
                log.flush();
            }
            AccuracyReport report = new AccuracyReport(engineRuns, baseRuns, threshold, baselineThreshold, examples);
            double engineQps = engineQueries * 1e9 / Math.max(1, engineNanos);
            double baseQps = baseQueries * 1e9 / Math.max(1, baseNanos);
            long totalSeconds = (System.nanoTime() - started) / 1_000_000_000;
            String md = markdown(report, sets, main, latinOnly, mainMs, latinMs, engineQps, baseQps, totalSeconds);
            stdout.print(md);
            stdout.flush();
            if (!out.equals("-")) {
                Path p = Path.of(out);
                if (p.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(p.toAbsolutePath().getParent());
                }
                Files.writeString(p, md, StandardCharsets.UTF_8);
                log.println("wrote " + p);
            }
            int[] met = report.targetsMet(threshold);
            log.printf(Locale.ROOT, "targets met: %d of %d; run took %d s%n", met[0], met[1], totalSeconds);
            log.flush();
            return failOnTarget && met[0] < met[1] ? TollgateCommand.EXIT_FAILURE : 0;
        } catch (ListParseException | IOException e) {
            log.println("tollgate: " + e.getMessage());
            return TollgateCommand.EXIT_INPUT;
        }
    }

    private void dump(Sets sets) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
            w.println("kind,query,made_from,source_id,expected");
            for (Map.Entry<Kind, List<LabelledQuery>> e : sets.queries.entrySet()) {
                for (LabelledQuery q : e.getValue()) {
                    w.println(String.join(
                            ",",
                            csv(e.getKey().name().toLowerCase(Locale.ROOT)),
                            csv(q.text()),
                            csv(q.source()),
                            csv(q.sourceId()),
                            csv(String.join(" ", q.expected()))));
                }
            }
        }
    }

    private static String csv(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** The labelled sets and how they were made. */
    static final class Sets {
        final Map<Kind, List<LabelledQuery>> queries = new EnumMap<>(Kind.class);
        final List<String> notes = new ArrayList<>();
    }

    private Sets sets(BenchData d, List<Entity> indexed, PrintWriter log) throws ListParseException, IOException {
        Sets s = new Sets();
        PositiveGenerator gen = new PositiveGenerator(indexed, seed);
        s.queries.putAll(gen.generate(perKind));
        s.queries.put(Kind.UN_ORIGINAL_SCRIPT, ListedScripts.unOriginalScript(d.un(), gen));
        int[] counts = new int[3];
        Map<Kind, List<LabelledQuery>> linked = ListedScripts.uk(d.ukXlsx(), gen, counts);
        for (Kind k : List.of(
                Kind.CYRILLIC_LISTED,
                Kind.ARABIC_LISTED,
                Kind.PERSIAN_LISTED,
                Kind.CHINESE_LISTED,
                Kind.KOREAN_LISTED)) {
            List<LabelledQuery> qs = linked.getOrDefault(k, List.of());
            s.queries.put(k, sample(qs, perKind, seed + k.ordinal()));
        }
        s.notes.add(String.format(
                Locale.ROOT,
                "UK list: %,d rows of persons with a name in Cyrillic, Arabic, Chinese or Hangul script; %,d left"
                        + " out because no indexed entity has the row's Latin name, %,d because the name is one word.",
                counts[0],
                counts[1],
                counts[2]));

        List<NameCorpus.Row> untreated = NameCorpus.read(d.corpus("positives_un_untreated.csv"));
        List<NameCorpus.Row> treated = NameCorpus.read(d.corpus("positives_un_treated.csv"));
        int[] link = new int[3];
        List<Set<String>> labels = NameCorpus.linkUn(untreated, d.un(), link);
        List<LabelledQuery> u = new ArrayList<>();
        List<LabelledQuery> t = new ArrayList<>();
        for (int i = 0; i < untreated.size(); i++) {
            if (labels.get(i).isEmpty()) {
                continue;
            }
            String src = untreated.get(i).fullName();
            u.add(new LabelledQuery(
                    Kind.UN_CORPUS,
                    src,
                    labels.get(i),
                    src,
                    labels.get(i).iterator().next()));
            if (i < treated.size()) {
                t.add(new LabelledQuery(
                        Kind.UN_CORPUS_TREATED,
                        treated.get(i).fullName(),
                        labels.get(i),
                        src,
                        labels.get(i).iterator().next()));
            }
        }
        s.queries.put(Kind.UN_CORPUS, u);
        s.queries.put(Kind.UN_CORPUS_TREATED, t);
        s.notes.add(String.format(
                Locale.ROOT,
                "UN corpus: %,d rows; %,d labelled by an equal UN name, %,d by birth year and shared words,"
                        + " %,d not found on the 2026-02-27 UN list and left out.",
                untreated.size(),
                link[0],
                link[1],
                link[2]));
        s.queries.put(Kind.NEGATIVES_US, innocents(Kind.NEGATIVES_US, d.corpus("negatives_us.csv")));
        s.queries.put(Kind.NEGATIVES_GLOBAL, innocents(Kind.NEGATIVES_GLOBAL, d.corpus("negatives_global.csv")));
        s.queries.put(Kind.CONGRESS, innocents(Kind.CONGRESS, d.corpus("positives_us_congress_untreated.csv")));
        return s;
    }

    private List<LabelledQuery> innocents(Kind k, Path file) throws IOException {
        List<LabelledQuery> out = new ArrayList<>();
        for (NameCorpus.Row r : NameCorpus.read(file)) {
            out.add(new LabelledQuery(k, r.fullName(), Set.of(), r.fullName(), ""));
        }
        return sample(out, negatives, seed + k.ordinal());
    }

    /** A seeded sample of n, in a seeded random order; all of them when there are no more than n. */
    static <T> List<T> sample(List<T> all, int n, long seed) {
        if (all.size() <= n) {
            return all;
        }
        List<T> copy = new ArrayList<>(all);
        Collections.shuffle(copy, new Random(seed));
        return List.copyOf(copy.subList(0, n));
    }

    private String markdown(
            AccuracyReport r,
            Sets sets,
            ScreeningIndex main,
            ScreeningIndex latin,
            long mainMs,
            long latinMs,
            double engineQps,
            double baseQps,
            long seconds) {
        StringBuilder b = new StringBuilder();
        String command = "./tollgate "
                + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        b.append("# Screening accuracy\n\n");
        b.append("Generated by `")
                .append(command.strip())
                .append("` on ")
                .append(LocalDate.now())
                .append(" (")
                .append(ScreeningEngine.VERSION)
                .append(", seed ")
                .append(seed)
                .append(", ")
                .append(threads)
                .append(" threads, ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" processors, Java ")
                .append(System.getProperty("java.version"))
                .append(", run time ")
                .append(seconds)
                .append(" s).\n\n");
        b.append(String.format(
                Locale.ROOT,
                "Index: OFAC SDN (`ofac_sdn_2024-05-03/sdn.csv` with `add.csv`, `alt.csv` and `sdn_comments.csv` of"
                        + " `ofac_sdn_aux_2025-12`, joined by entity number; rows of entities missing from the 2024 file"
                        + " dropped), OFAC consolidated non-SDN (CSV, 2025-12), UN (2026-02-27), CSL (2022-05):"
                        + " **%,d entities, %,d names**, built in %,d ms. Queries in other scripts go to the same"
                        + " index without its %,d original-script names (%,d names, built in %,d ms), so that"
                        + " they can only be found by transliteration. All queries are names only: no type, birth"
                        + " date or country.%n%n",
                main.partyCount(),
                main.nameCount(),
                mainMs,
                main.nameCount() - latin.nameCount(),
                latin.nameCount(),
                latinMs));
        int[] met = r.targetsMet(threshold);
        b.append(String.format(
                Locale.ROOT,
                "## Results at the default threshold %.2f%n%nTargets met: **%d of %d**. Recall = share of positive"
                        + " queries for which an expected entity scores at least the threshold (anywhere in the hits);"
                        + " alert rate = share of innocent queries with at least one hit at or above it. The"
                        + " baseline is brute-force Jaro-Winkler over all names with a Soundex filter (see below),"
                        + " on a seeded sample of at most %,d queries per kind.%n%n",
                threshold,
                met[0],
                met[1],
                baselineSample));
        b.append(r.results());
        b.append(String.format(
                Locale.ROOT,
                "%nSpeed during the run (%d threads, with hits down to score 0.5 and their explanations): engine"
                        + " %,.0f queries/s, baseline %,.0f queries/s.%n%n",
                threads,
                engineQps,
                baseQps));
        b.append("## Recall / alert-rate trade-off of the engine\n\n");
        b.append(r.tradeOff());
        b.append("\n## Engine, per kind and threshold\n\nRates that miss their target are in italics.\n\n");
        b.append(r.sweep(false));
        b.append("\n## Baseline, per kind and threshold\n\n");
        b.append(r.sweep(true));
        b.append("\n## How the labelled sets are built\n\n");
        b.append(SETS_DOC);
        for (String n : sets.notes) {
            b.append("- ").append(n).append('\n');
        }
        b.append("\n| kind | how | queries |\n|---|---|---:|\n");
        for (Map.Entry<Kind, List<LabelledQuery>> e : sets.queries.entrySet()) {
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %,d |%n",
                    e.getKey().label(),
                    e.getKey().description(),
                    e.getValue().size()));
        }
        b.append("\n## Examples\n\nThe first ")
                .append(examples)
                .append(" misses (positives) or false alerts (innocents) of each kind at the default threshold, and"
                        + " positives where an entity other than the expected one also alerted.\n");
        b.append(r.examples());
        return b.toString();
    }

    private static final String SETS_DOC = """
            Every positive is made from one real name of an indexed entity, by the benchmark's own seeded code
            (`org.tollgate.cli.bench`), independent of the engine's tables. Its label: the entity it was made
            from, plus every indexed entity of a compatible type with a name of the same words (lower case,
            accents and punctuation removed, any order), because the same party is often on several lists (the
            CSL repeats the SDN). Sources are drawn in a seeded random order; a variation that does not apply to a
            name (no middle name, no legal form, no known romanisation) skips it, and a query text is used once.

            - **exact**: a primary name as the list writes it. **reformatted**: one or two of: `LAST, First` as
              `First Last` (or the reverse), another letter case, punctuation removed, hyphenated words split or
              joined. **word order**: a person's words in an order that is neither the list's nor `First Last`.
              **missing middle name**: a person's given name other than the first (not a particle such as bin or
              al) left out. **single / double typo**: a neighbouring key, a dropped, doubled or inserted letter, or
              two letters swapped, never in the first letter, only in words of 4+ letters (double: in two words,
              or twice in one word of 7+ letters).
            - **romanisation**: one (a third of the time two) words of a person's name respelt from a table of
              name spellings (Muhammad / Mohammed, Aleksandr / Alexander, Yevgeniy / Evgeny, Hussein / Husayn,
              Qaddafi / Gaddafi, Lee / Yi / Ri, Park / Pak, Chen / Chan, ...) or by a rule inside the word (-iy ->
              -y, -ov -> -off, ou <-> u, kh <-> h, dj -> j, ye- -> e-, ts -> tz, ks -> x, sh -> sch, ...).
            - **legal form**: an organisation's legal form replaced by another of its class (LLC / Limited
              Liability Company / OOO / ООО; JSC / Joint Stock Company / AO / АО; OJSC / OAO; CJSC / ZAO; PJSC /
              PAO; Co., Ltd. / Company Limited; Ltd / Limited; Inc / Incorporated; Corp / Corporation; GmbH; S.A.;
              PLC; LLP; FZE; FZCO; Pte Ltd; Sdn Bhd; S.R.L.; S.A.R.L.; Ltda), a Russian form sometimes moved to the
              other end of the name (OOO X / X LLC).
            - **SDN alias / weak alias**: the SDN's a.k.a. and f.k.a. names, and its weak a.k.a. names, as written.
            - **UN original script**: every `NAME_ORIGINAL_SCRIPT` of the UN list (Arabic, a few Cyrillic),
              labelled with its UN entry (and that entry's twins on other lists).
            - **Cyrillic (generated)**: the primary name of a person with a Russian, Ukrainian or Belarusian
              nationality, citizenship or address, written in Cyrillic by the benchmark's reverse BGN/PCGN rules
              (shch -> щ, kh -> х, zh -> ж, ts -> ц, ch -> ч, sh -> ш, ya/yu/ye -> я/ю/е with a soft sign inside a
              word, -iy -> -ий, y -> й after a vowel and ы before a consonant, initial e -> э; Ukrainian rules for
              Ukrainians without a Russian link), family name first half of the time.
            - **Chinese / Korean (generated)**: the primary name of a person linked to China, Hong Kong, Taiwan or
              Macao (Korea: North or South), family name first, each pinyin (Korean: McCune-Reischauer or common
              South Korean) syllable written as a common name character (Hangul syllable) from the benchmark's
              tables; names with a syllable the tables do not know (Wade-Giles, Cantonese) are skipped.
            - **listed scripts (UK)**: the names in another script of persons on the UK list (XLSX, 2025-04-10;
              not indexed), each paired with the Latin name on the same row of the sheet and labelled with the
              indexed persons that have that Latin name; one-word names are left out. Arabic-script names with a
              Persian letter (پ چ ژ گ ک ی) count as Persian (Persian, Dari, Pashto, Urdu).
            - **UN corpus**: `positives_un_untreated.csv` and `positives_un_treated.csv` (same rows, typos and
              reshuffles), each row labelled with the UN entries that have a name of the same words, or else the
              UN person born that year whose name shares most (at least 60%) of the words.
            - **innocents**: `negatives_us.csv`, `negatives_global.csv` (synthetic) and
              `positives_us_congress_untreated.csv` (real US names, none listed), full names only.

            """;
}
