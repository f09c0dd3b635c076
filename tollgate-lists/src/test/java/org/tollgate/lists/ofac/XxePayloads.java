package org.tollgate.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tollgate.lists.parse.ParsedList;

/**
 * XML external entity payloads for the XML parsers' tests: a secret file whose content must never show up in a
 * parse result, referenced through an internal DTD entity or through an external DTD.
 */
final class XxePayloads {
    static final String CANARY = "XXE-CANARY-4d1f9b";

    /** A legacy sdnList document; {@code %s} is the DOCTYPE and {@code &xxe;} the entity reference. */
    static final String SDN_TEMPLATE = """
            <?xml version="1.0"?>
            %s
            <sdnList xmlns="http://tempuri.org/sdnList.xsd">
              <sdnEntry>
                <uid>1</uid>
                <lastName>NAME &xxe; END</lastName>
                <sdnType>Entity</sdnType>
              </sdnEntry>
            </sdnList>
            """;

    /** An ENHANCED sanctionsData document, same placeholders. */
    static final String ENHANCED_TEMPLATE = """
            <?xml version="1.0"?>
            %s
            <sanctionsData xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML">
              <entities>
                <entity id="1">
                  <generalInfo><entityType>Entity</entityType><remarks>&xxe;</remarks></generalInfo>
                  <names><name><isPrimary>true</isPrimary><translations><translation><isPrimary>true</isPrimary>
                    <formattedFullName>NAME &xxe; END</formattedFullName></translation></translations></name></names>
                </entity>
              </entities>
            </sanctionsData>
            """;

    private XxePayloads() {}

    static Path secret(Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, CANARY);
        return secret;
    }

    /** A DTD that would define {@code xxe} as the canary if it were ever read. */
    static Path dtdDeclaringTheSecret(Path dir) throws IOException {
        Path dtd = dir.resolve("evil.dtd");
        Files.writeString(dtd, "<!ENTITY xxe \"" + CANARY + "\">");
        return dtd;
    }

    static String internalEntity(Path secret, String template) {
        String doctype = "<!DOCTYPE root [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>";
        return template.formatted(doctype);
    }

    static String externalDtd(Path dtd, String template) {
        return template.formatted("<!DOCTYPE root SYSTEM \"" + dtd.toUri() + "\">");
    }

    static void assertSecretNotRead(ParsedList l) {
        assertThat(l.entities().toString()).doesNotContain(CANARY);
        assertThat(l.problems().toString()).doesNotContain(CANARY);
    }
}
