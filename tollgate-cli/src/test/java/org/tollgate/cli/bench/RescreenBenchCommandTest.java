package org.tollgate.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollgate.cli.TollgateCommand;
import org.tollgate.lists.testdata.TestData;
import picocli.CommandLine;

/** A small run of {@code tollgate bench rescreen}: the whole path, at a size that fits the test suite. */
class RescreenBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void aSmallRunFindsThePlantedCustomersAndWritesTheReport() throws Exception {
        Path data = TestData.dir();
        Path report = dir.resolve("rescreen.md");
        CommandLine cl = TollgateCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(
                "bench",
                "rescreen",
                "--data",
                data.toString(),
                "--customers",
                "400",
                "--planted",
                "10",
                "--batch-size",
                "50",
                "--out",
                report.toString());
        assertThat(code).as(err.toString()).isZero();
        String md = Files.readString(report);
        assertThat(md).contains("**delta re-screen** (553 added, 8 changed, 0 removed)");
        assertThat(md).contains("alerted by the delta | 5 of 5 |");
        assertThat(md).contains("alerted by the full run | 5 of 5 |");
        assertThat(md).contains("full: screened / new alerts / errors | 400 / ");
        assertThat(md).contains("--customers 400");
    }
}
