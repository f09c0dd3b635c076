package org.tollgate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.tollgate.app.TollgateApplication;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.audit.ChainVerification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tollgate audit}: the audit log on the configured database. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "The hash-chained audit log on the configured database.",
        subcommands = {AuditCommand.VerifyCommand.class})
final class AuditCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code tollgate audit verify}: checks the chain; exit 1 and the first broken link when it is broken. */
    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "Check every record's hash and link from the first record to the chain head.",
                "Exit 0 when intact; exit 1 naming the first broken record otherwise."
            })
    static final class VerifyCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--json", description = "print the result as one JSON object")
        boolean json;

        @Override
        public Integer call() throws Exception {
            ChainVerification v;
            try (ConfigurableApplicationContext ctx = TollgateApplication.offline()) {
                v = ctx.getBean(AuditLog.class).verify();
            }
            var out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("intact", v.intact());
                m.put("records_checked", v.recordsChecked());
                m.put("last_seq", v.lastSeq());
                m.put("last_hash", v.lastHash());
                m.put("first_broken_seq", v.firstBrokenSeq());
                m.put("problem", v.problem());
                out.println(new ObjectMapper().writeValueAsString(m));
            } else if (v.intact()) {
                out.println("audit chain intact: " + v.recordsChecked() + " records, head " + v.lastSeq() + " "
                        + v.lastHash());
            } else {
                out.println("audit chain BROKEN at record " + v.firstBrokenSeq() + ": " + v.problem());
                out.println("(" + v.recordsChecked() + " records read; the chain is intact up to record "
                        + (v.firstBrokenSeq() - 1) + ")");
            }
            out.flush();
            return v.intact() ? 0 : TollgateCommand.EXIT_FAILURE;
        }
    }
}
