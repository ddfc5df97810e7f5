package eu.migrationkg.serve.ld;

/**
 * A node as a page shows it: its label and where a link to it goes ({@code href} is null for a node
 * that cannot be linked: a blank node or an IRI of a scheme we do not link to).
 */
public record Ref(String iri, String label, String href) {

    /** The IRI is shown beside the label only when they differ. */
    public boolean labelIsIri() {
        return label.equals(iri);
    }
}
