package org.tollgate.lists.testdata;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real list files shared beside the repository ({@code ../shared/data}), or the folder named by
 * {@code TOLLGATE_TESTDATA}. Tests that need them call {@link #dir()} or {@link #file(String)}: when the folder
 * is absent they are skipped with a message, except under {@code CI=true}, where its absence is a failure.
 */
public final class TestData {
    private TestData() {}

    /** The shared data folder. Skips (or, under CI, fails) the calling test when it is missing. */
    public static Path dir() {
        Path found = locate();
        if (found == null) {
            String msg = "the shared list data (../shared/data or TOLLGATE_TESTDATA) was not found";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(msg + "; under CI=true it is required");
            }
            Assumptions.abort(msg + "; skipping");
        }
        return found;
    }

    /** A file or folder inside the shared data folder, which must exist. */
    public static Path file(String relative) {
        Path p = dir().resolve(relative);
        if (!Files.exists(p)) {
            throw new AssertionError("expected test data file is missing: " + relative);
        }
        return p;
    }

    /** The shared data folder, or null when it cannot be found. */
    public static Path locate() {
        String env = System.getenv("TOLLGATE_TESTDATA");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env);
            return Files.isDirectory(p) ? p.toAbsolutePath() : null;
        }
        // Walk up from the working directory (a module or the repository root) to the repository root,
        // recognised by its Maven wrapper, and look beside it.
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw"))) {
                Path shared = dir.resolveSibling("shared").resolve("data");
                return Files.isDirectory(shared) ? shared.normalize() : null;
            }
        }
        return null;
    }
}
