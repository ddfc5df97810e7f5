package eu.migrationkg.queries;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.XSD;

/**
 * What a parameter value becomes in the query: always one RDF term, built from the value as data,
 * never pasted into query text. The kinds follow grlc's variable naming ({@code ?_name_iri},
 * {@code ?_name_en}, {@code ?_name_integer}, {@code ?_name_xsd_date}...).
 */
public record ParameterType(Kind kind, String languageTag, RDFDatatype datatype) {

    public enum Kind { IRI, STRING, LANGUAGE, TYPED, NUMBER }

    /** Longer strings are refused: a parameter is a search term or a name, not a document. */
    public static final int MAX_LENGTH = 1000;

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]*\\.[0-9]+");
    private static final Pattern DOUBLE = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)[eE][+-]?[0-9]+");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}");
    /** Characters RFC 3987 never allows in an IRI; IRIx is lenient about some of them. */
    private static final Pattern IRI_FORBIDDEN = Pattern.compile("[\\x00-\\x20<>\"{}|^`\\\\]");

    public static final ParameterType IRI_TYPE = new ParameterType(Kind.IRI, null, null);
    public static final ParameterType STRING_TYPE = new ParameterType(Kind.STRING, null, null);
    public static final ParameterType NUMBER_TYPE = new ParameterType(Kind.NUMBER, null, null);

    public static ParameterType language(String tag) {
        return new ParameterType(Kind.LANGUAGE, tag, null);
    }

    public static ParameterType typed(RDFDatatype datatype) {
        return new ParameterType(Kind.TYPED, null, datatype);
    }

    /**
     * The type named by the part of a variable name after the parameter name: {@code iri},
     * {@code number}, {@code string}/{@code literal}, a two-letter language code, an XSD datatype's
     * local name, or {@code prefix_local} for a datatype named with a prefix of the query.
     *
     * @throws IllegalArgumentException naming what is not understood
     */
    public static ParameterType fromName(String type, String userDefined, PrefixMapping prefixes) {
        if (type == null) return STRING_TYPE;
        if (userDefined != null) {
            // xsd: is understood without a declaration, as in grlc (?_date_xsd_date).
            String ns = type.equals("xsd") ? XSD.NS : prefixes.getNsPrefixURI(type);
            if (ns == null) {
                throw new IllegalArgumentException("the datatype '" + type + ":" + userDefined
                        + "' uses the prefix '" + type + ":', which the query does not declare");
            }
            return typed(TypeMapper.getInstance().getSafeTypeByName(ns + userDefined));
        }
        switch (type) {
            case "iri": return IRI_TYPE;
            case "number": return NUMBER_TYPE;
            case "string", "literal": return STRING_TYPE;
            default: break;
        }
        RDFDatatype xsd = TypeMapper.getInstance().getTypeByName(XSD.NS + type);
        if (xsd != null) return typed(xsd);
        if (LANGUAGE_CODE.matcher(type).matches()) return language(type);
        throw new IllegalArgumentException("'" + type + "' is not a parameter type (known: iri, number, string, "
                + "literal, a two-letter language code such as en, an XSD datatype such as integer, decimal or "
                + "date, or prefix_datatype such as xsd_gYear)");
    }

    /**
     * The RDF term for a value given by a person.
     *
     * @param prefixes the query's prefixes: an IRI value may be a prefixed name the query declares
     * @throws InvalidValueException saying why the value does not fit
     */
    public Node toNode(String value, PrefixMapping prefixes) throws InvalidValueException {
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("is longer than " + MAX_LENGTH + " characters");
        }
        return switch (kind) {
            case IRI -> iri(value, prefixes);
            case STRING -> NodeFactory.createLiteralString(value);
            case LANGUAGE -> NodeFactory.createLiteralLang(value, languageTag);
            case NUMBER -> number(value);
            case TYPED -> typedLiteral(value);
        };
    }

    /** Schemes accepted in full IRIs; anything else before a colon must be a declared prefix. */
    private static final java.util.Set<String> IRI_SCHEMES = java.util.Set.of("http", "https", "urn", "tag", "mailto");

    private static Node iri(String value, PrefixMapping prefixes) throws InvalidValueException {
        if (IRI_FORBIDDEN.matcher(value).find()) {
            throw new InvalidValueException("is not an IRI: it contains a space, a quote, a brace or another "
                    + "character IRIs cannot contain");
        }
        String expanded = value;
        int colon = value.indexOf(':');
        String scheme = colon >= 0 ? value.substring(0, colon) : "";
        if (colon >= 0 && prefixes.getNsPrefixURI(scheme) != null && !value.startsWith("//", colon + 1)) {
            expanded = prefixes.expandPrefix(value);
        } else if (colon > 0 && !IRI_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
            // "skos:Concept" in a query without that prefix would otherwise be taken for an IRI whose
            // scheme is "skos", and silently match nothing.
            throw new InvalidValueException("uses the prefix '" + scheme + ":', which the query does not declare"
                    + declared(prefixes) + "; or give a full http(s) IRI");
        }
        try {
            IRIx iri = IRIx.create(expanded);
            // isAbsolute() would refuse fragments, which our own vocabulary IRIs have.
            if (iri.isRelative()) {
                throw new InvalidValueException("is not an absolute IRI: give it with its scheme (http://...) "
                        + "or as a prefixed name the query declares" + declared(prefixes));
            }
            if (iri.hasViolations()) {
                throw new InvalidValueException("is not a valid IRI");
            }
        } catch (IRIException e) {
            throw new InvalidValueException("is not a valid IRI: " + e.getMessage());
        }
        return NodeFactory.createURI(expanded);
    }

    private static String declared(PrefixMapping prefixes) {
        var names = new java.util.TreeSet<>(prefixes.getNsPrefixMap().keySet());
        return names.isEmpty() ? "" : " (declared: " + String.join(":, ", names) + ":)";
    }

    private static Node number(String value) throws InvalidValueException {
        RDFDatatype dt;
        if (INTEGER.matcher(value).matches()) dt = XSDDatatype.XSDinteger;
        else if (DECIMAL.matcher(value).matches()) dt = XSDDatatype.XSDdecimal;
        else if (DOUBLE.matcher(value).matches()) dt = XSDDatatype.XSDdouble;
        else throw new InvalidValueException("is not a number");
        return NodeFactory.createLiteralDT(value, dt);
    }

    private Node typedLiteral(String value) throws InvalidValueException {
        // Datatypes Jena does not know (a prefix of the query's own) cannot be checked: the value is
        // still only the lexical form of one literal.
        if (datatype.getClass() != BaseDatatype.class && !datatype.isValid(value)) {
            throw new InvalidValueException("is not a valid " + label());
        }
        return NodeFactory.createLiteralDT(value, datatype);
    }

    /** A short name for people: "IRI", "string", "xsd:integer", "literal in language en". */
    public String label() {
        return switch (kind) {
            case IRI -> "IRI";
            case STRING -> "string";
            case NUMBER -> "number";
            case LANGUAGE -> "text in language '" + languageTag + "'";
            case TYPED -> datatype.getURI().startsWith(XSD.NS)
                    ? "xsd:" + datatype.getURI().substring(XSD.NS.length()) : datatype.getURI();
        };
    }

    /** What a value looks like, whatever the RDF type: what forms, schemas and help texts need to know. */
    public enum Shape { IRI, TEXT, INTEGER, DECIMAL, BOOLEAN, DATE, DATE_TIME, YEAR, YEAR_MONTH, OTHER }

    private static final java.util.Set<String> INTEGERS = java.util.Set.of("integer", "int", "long", "short", "byte",
            "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedLong",
            "unsignedInt", "unsignedShort", "unsignedByte");

    public Shape shape() {
        return switch (kind) {
            case IRI -> Shape.IRI;
            case STRING, LANGUAGE -> Shape.TEXT;
            case NUMBER -> Shape.DECIMAL;
            case TYPED -> {
                String uri = datatype.getURI();
                String local = uri.startsWith(XSD.NS) ? uri.substring(XSD.NS.length()) : "";
                if (INTEGERS.contains(local)) yield Shape.INTEGER;
                yield switch (local) {
                    case "decimal", "double", "float" -> Shape.DECIMAL;
                    case "boolean" -> Shape.BOOLEAN;
                    case "date" -> Shape.DATE;
                    case "dateTime", "dateTimeStamp" -> Shape.DATE_TIME;
                    case "gYear" -> Shape.YEAR;
                    case "gYearMonth" -> Shape.YEAR_MONTH;
                    case "string" -> Shape.TEXT;
                    default -> Shape.OTHER;
                };
            }
        };
    }

    /** An example of an acceptable value, for help texts. */
    public String hint() {
        return switch (shape()) {
            case IRI -> "an absolute IRI or a prefixed name the query declares";
            case TEXT -> "any text";
            case INTEGER -> "an integer";
            case DECIMAL -> "a number such as 12.5";
            case BOOLEAN -> "true or false";
            case DATE -> "a date YYYY-MM-DD";
            case DATE_TIME -> "a date and time YYYY-MM-DDThh:mm:ss";
            case YEAR -> "a year YYYY";
            case YEAR_MONTH -> "a month YYYY-MM";
            case OTHER -> "a value of " + label();
        };
    }

    /** A value that does not fit the parameter's type, with the reason. */
    public static final class InvalidValueException extends Exception {
        public InvalidValueException(String reason) {
            super(reason);
        }
    }
}
