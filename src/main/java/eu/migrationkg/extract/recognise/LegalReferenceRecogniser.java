package eu.migrationkg.extract.recognise;

import eu.migrationkg.extract.ReferenceData;
import eu.migrationkg.extract.rules.LegalReferenceRules;
import eu.migrationkg.sources.SourceDocument;
import eu.migrationkg.vocab.Vocab;
import java.util.regex.Matcher;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Finds citations of legal acts by number and identifies them: the CELEX number is computed from the
 * citation, and the curated act with that number is the one meant; otherwise its ELI (or Cellar IRI)
 * is the authoritative identifier of a new act.
 */
public final class LegalReferenceRecogniser implements Recogniser {

    private static final Node ID_LOCAL = NodeFactory.createURI(Vocab.ELI + "id_local");

    private final LegalReferenceRules rules;
    private final ReferenceData reference;

    public LegalReferenceRecogniser(LegalReferenceRules rules, ReferenceData reference) {
        this.rules = rules;
        this.reference = reference;
    }

    @Override
    public void recognise(SourceDocument doc, SentenceAnalysis s) {
        // Every citation has a year and a number, so a sentence without digits has none.
        if (!s.hasDigit()) return;
        String text = s.text();
        for (LegalReferenceRules.Reference ref : rules.references()) {
            Matcher m = ref.pattern().matcher(text);
            while (m.find()) {
                if (s.taken(m.start(), m.end())) continue;
                String typeName = ref.fixedType() != null ? ref.fixedType() : m.group("type");
                LegalReferenceRules.ActType type = rules.types().get(typeName);
                if (type == null) continue;
                String year = m.group("year");
                String number = String.valueOf(Integer.parseInt(m.group("number")));
                String celex = type.celexSector() + year + type.celexType() + "0".repeat(Math.max(0, 4 - number.length())) + number;
                String label = type.label() != null ? fill(type.label(), year, number, type.eliSegment(), celex)
                        : m.group().replaceAll("\\s+", " ");
                Node authoritative = type.eliSegment().isEmpty()
                        ? NodeFactory.createURI(fill(rules.cellar(), year, number, "", celex))
                        : NodeFactory.createURI(fill(rules.eli(), year, number, type.eliSegment(), celex));
                Node curated = reference.findByLiteral(ID_LOCAL, celex).orElse(null);
                s.add(new LegalReferenceMention(m.start(), m.end(), label, type.type(), celex, authoritative, curated));
            }
        }
    }

    private static String fill(String template, String year, String number, String eli, String celex) {
        return template.replace("{year}", year).replace("{number}", number).replace("{eli}", eli).replace("{celex}", celex);
    }
}
