package org.tollgate.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tollgate.lists.ListSpec;
import org.tollgate.lists.diff.EntityChange;
import org.tollgate.lists.diff.FieldChange;
import org.tollgate.lists.diff.SnapshotDiff;
import org.tollgate.lists.json.EntityJson;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.parse.ListParseException;
import org.tollgate.lists.snapshot.ListSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tollgate lists diff}: what changed between two versions of a list. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description =
                "Compare two versions of a list: entities added, removed and changed, and for each changed entity exactly which fields changed. Entities are matched by their stable id (<source>:<source ref>).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared (whether or not anything changed)", "2:bad usage", "3:a list could not be read"})
final class ListsDiffCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--old",
            required = true,
            paramLabel = "FORMAT=PATH",
            converter = ListSpecConverter.class,
            description = "The older version.")
    ListSpec oldList;

    @Option(
            names = "--new",
            required = true,
            paramLabel = "FORMAT=PATH",
            converter = ListSpecConverter.class,
            description = "The newer version.")
    ListSpec newList;

    @Option(names = "--json", description = "One JSON object with the counts and every entity's detail.")
    boolean json;

    @Option(names = "--source", paramLabel = "ID", description = "Source id to use for both versions.")
    String source = "";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ListVersions versions;
        try {
            versions = ListVersions.read(oldList, newList, source);
        } catch (ListParseException e) {
            spec.commandLine().getErr().println("tollgate: " + e.getMessage());
            return TollgateCommand.EXIT_INPUT;
        }
        ListSnapshot before = versions.before();
        ListSnapshot after = versions.after();
        if (!before.source().equals(after.source())) {
            spec.commandLine()
                    .getErr()
                    .println("tollgate: the two lists have different sources (" + before.source() + ", "
                            + after.source() + "); use --source to compare them anyway");
            return TollgateCommand.EXIT_USAGE;
        }
        SnapshotDiff diff = versions.diff();
        if (json) {
            out.println(toJson(before, after, diff).toString());
        } else {
            print(out, before, after, diff);
        }
        out.flush();
        return 0;
    }

    static ObjectNode toJson(ListSnapshot before, ListSnapshot after, SnapshotDiff diff) {
        ObjectNode o = EntityJson.MAPPER.createObjectNode();
        o.put("source", after.source());
        o.put("old_sha256", before.sha256());
        o.put("new_sha256", after.sha256());
        o.put("old_entities", before.entities().size());
        o.put("new_entities", after.entities().size());
        o.put("added", diff.added().size());
        o.put("removed", diff.removed().size());
        o.put("changed", diff.changed().size());
        ArrayNode entities = o.putArray("entities");
        for (Entity e : diff.added()) {
            entityNode(entities, "added", e).set("entity", EntityJson.toJson(e));
        }
        for (Entity e : diff.removed()) {
            entityNode(entities, "removed", e);
        }
        for (EntityChange c : diff.changed()) {
            ObjectNode n = entityNode(entities, "changed", c.after());
            n.put("material", c.isMaterial());
            ArrayNode fields = n.putArray("fields");
            for (FieldChange f : c.fields()) {
                ObjectNode fn = fields.addObject();
                fn.put("field", f.field());
                f.added().forEach(fn.putArray("added")::add);
                f.removed().forEach(fn.putArray("removed")::add);
            }
        }
        return o;
    }

    private static ObjectNode entityNode(ArrayNode entities, String change, Entity e) {
        ObjectNode n = entities.addObject();
        n.put("change", change);
        n.put("id", e.id());
        n.put("source_ref", e.sourceRef());
        n.put("name", e.primaryName().value());
        n.put("type", e.type().code());
        return n;
    }

    private static void print(PrintWriter out, ListSnapshot before, ListSnapshot after, SnapshotDiff diff) {
        out.printf(
                Locale.ROOT,
                "%s: %,d -> %,d entities (%s -> %s)%n",
                after.source(),
                before.entities().size(),
                after.entities().size(),
                before.shortHash(),
                after.shortHash());
        out.printf(
                Locale.ROOT,
                "added %,d, removed %,d, changed %,d%n",
                diff.added().size(),
                diff.removed().size(),
                diff.changed().size());
        for (Entity e : diff.added()) {
            out.printf(
                    Locale.ROOT,
                    "+ %s  %s (%s)%n",
                    e.id(),
                    e.primaryName().value(),
                    e.type().code());
        }
        for (Entity e : diff.removed()) {
            out.printf(
                    Locale.ROOT,
                    "- %s  %s (%s)%n",
                    e.id(),
                    e.primaryName().value(),
                    e.type().code());
        }
        for (EntityChange c : diff.changed()) {
            out.printf(
                    Locale.ROOT,
                    "~ %s  %s%s%n",
                    c.id(),
                    c.after().primaryName().value(),
                    c.isMaterial() ? "  [material]" : "");
            for (FieldChange f : c.fields()) {
                f.removed().forEach(v -> out.printf(Locale.ROOT, "    %s - %s%n", f.field(), v));
                f.added().forEach(v -> out.printf(Locale.ROOT, "    %s + %s%n", f.field(), v));
            }
        }
    }
}
