package org.tollgate.cli.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The library modules stay plain Java: no Spring, no JDBC, nothing of the service module. */
class LibraryRulesTest {
    private static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tollgate.lists", "org.tollgate.screening", "org.tollgate.geo");

    @Test
    void librariesUseNoSpringJdbcOrApp() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "org.tollgate.app..")
                .because("library modules are plain Java, usable from a CLI, a Spark job or the service")
                .check(LIBRARY);
    }
}
