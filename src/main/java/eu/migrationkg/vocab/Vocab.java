package eu.migrationkg.vocab;

/** Namespaces of the standard vocabularies the graph reuses. Terms of our own come from {@link Iris#term}. */
public final class Vocab {
    private Vocab() {}

    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String ELI = "http://data.europa.eu/eli/ontology#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    public static final String SH = "http://www.w3.org/ns/shacl#";
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    /** W3C's IRIs for RDF and SPARQL result formats, as the service description names them. */
    public static final String FORMATS = "http://www.w3.org/ns/formats/";
    /** IANA's registry of media types, as DCAT-AP names them in dcat:mediaType. */
    public static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    /** The EU Publications Office authority table of file types (DCAT-AP dct:format). */
    public static final String EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";

    /** The EU Publications Office authority table of languages. */
    public static final String EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/";
}
