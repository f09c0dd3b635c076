/**
 * Parsers of the lists of the US Treasury's Office of Foreign Assets Control: the SDN list and the consolidated
 * non-SDN list, in the legacy CSV sets ({@link org.tollgate.lists.ofac.OfacCsvParser}), the legacy XML
 * ({@link org.tollgate.lists.ofac.OfacXmlParser}) and the ENHANCED XML of the Sanctions List Service
 * ({@link org.tollgate.lists.ofac.OfacEnhancedParser}).
 *
 * <p>Conventions shared by the three, so that one entity reads the same from any of them:
 *
 * <ul>
 *   <li>the entity id is {@code <source>:<OFAC uid>} (the CSV ent_num, the XML uid and the ENHANCED entity id are the
 *       same number); the source is {@code us_ofac_sdn} or {@code us_ofac_cons};
 *   <li>names are written as OFAC formats them, {@code LAST, First}; a weak (low-quality) alias is a
 *       {@link org.tollgate.lists.model.NameKind#WEAK_ALIAS} whatever its type, an f.k.a. a former name, an a.k.a. or
 *       n.k.a. a strong alias; the legacy CSV has its weak aliases only in the remarks ({@code a.k.a. 'NAME'});
 *   <li>labels ("Passport", "Tax ID No.", "Digital Currency Address - XBT", "Secondary sanctions risk:") mean the same
 *       in the CSV remarks, the XML idList and the ENHANCED documents and features; facts that are no identifier stay
 *       in the remarks as {@code label value};
 *   <li>countries become ISO alpha-2 codes where they name one (OFAC's regions Crimea and Gaza included), and keep
 *       their text in {@link org.tollgate.lists.model.Address#countryText()};
 *   <li>a vessel's flag is its nationality, its call sign an identifier and its owner an
 *       {@link org.tollgate.lists.model.LinkKind#OWNED_BY} link.
 * </ul>
 */
package org.tollgate.lists.ofac;
