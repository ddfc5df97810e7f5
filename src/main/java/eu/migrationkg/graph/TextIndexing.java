package eu.migrationkg.graph;

import eu.migrationkg.vocab.Vocab;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.NoLockFactory;

/**
 * The full-text index of the assembled dataset (jena-text over an in-memory Lucene index). It is built
 * once per assembly from the union graph and travels with the dataset, so {@code text:query} works in
 * SPARQL and a reload that swaps the dataset swaps its index with it.
 *
 * <p>Two fields: {@value #LABEL_FIELD} holds what things are called (labels, titles) and is the
 * default field of {@code text:query}; {@value #TEXT_FIELD} holds the quoted text of passages
 * ({@code oa:exact}). Matching ignores case and accents.
 */
public final class TextIndexing {

    public static final String LABEL_FIELD = "label";
    public static final String TEXT_FIELD = "text";
    /** The namespace of jena-text's property function, {@code text:query}. */
    public static final String TEXT_NS = "http://jena.apache.org/text#";

    public static final List<Node> LABEL_PREDICATES = List.of(
            NodeFactory.createURI(Vocab.SKOS + "prefLabel"),
            NodeFactory.createURI(Vocab.RDFS + "label"),
            NodeFactory.createURI(Vocab.SKOS + "altLabel"),
            NodeFactory.createURI(Vocab.DCT + "title"));
    public static final Node PASSAGE_TEXT = NodeFactory.createURI(Vocab.OA + "exact");

    private static final String ENTITY_FIELD = "uri";
    private static final String LANG_FIELD = "lang";

    private TextIndexing() {}

    /**
     * The dataset with a text index over its default graph. Only the default graph is read: it is the
     * union of the named graphs, so each labelled thing is indexed once, not once per graph stating it.
     */
    public static DatasetGraph indexed(DatasetGraph dataset) {
        TextIndexConfig config = config();
        TextIndex index = TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(), config);
        fill(index, config.getEntDef(), dataset);
        return TextDatasetFactory.create(dataset, index, true);
    }

    /** Writes the index of {@code dataset}'s default graph into {@code folder} (a release's {@code text/}). */
    public static void write(DatasetGraph dataset, Path folder) throws IOException {
        TextIndexConfig config = config();
        try (Directory dir = new NIOFSDirectory(folder)) {
            TextIndex index = TextDatasetFactory.createLuceneIndex(dir, config);
            fill(index, config.getEntDef(), dataset);
            index.close();
        }
    }

    /**
     * {@code dataset} with the index written by {@link #write} into {@code folder}, opened for reading.
     * A release is never written again, so no lock is taken: any number of readers can open it.
     */
    public static DatasetGraph opened(DatasetGraph dataset, Path folder) throws IOException {
        Directory dir = new NIOFSDirectory(folder, NoLockFactory.INSTANCE);
        return TextDatasetFactory.create(dataset, TextDatasetFactory.createLuceneIndex(dir, config()), true);
    }

    private static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, LABEL_FIELD);
        LABEL_PREDICATES.forEach(p -> def.set(LABEL_FIELD, p));
        def.set(TEXT_FIELD, PASSAGE_TEXT);
        def.setLangField(LANG_FIELD);
        TextIndexConfig config = new TextIndexConfig(def);
        config.setValueStored(true);
        config.setAnalyzer(new FoldingAnalyzer());
        config.setQueryAnalyzer(new FoldingAnalyzer());
        return config;
    }

    private static void fill(TextIndex index, EntityDefinition def, DatasetGraph dataset) {
        List<Triple> indexable = new ArrayList<>();
        Txn.executeRead(dataset, () -> dataset.getDefaultGraph().find().forEachRemaining(t -> {
            if (def.getField(t.getPredicate()) != null && t.getObject().isLiteral()) indexable.add(t);
        }));
        // Insertion order breaks score ties in Lucene: sort so equal queries rank equally in every build.
        indexable.sort(Comparator.comparing((Triple t) -> NodeFmtLib.strNT(t.getSubject()))
                .thenComparing(t -> NodeFmtLib.strNT(t.getPredicate()))
                .thenComparing(t -> NodeFmtLib.strNT(t.getObject())));
        for (Triple t : indexable) {
            Entity e = TextQueryFuncs.entityFromQuad(def, Quad.defaultGraphIRI, t.getSubject(), t.getPredicate(),
                    t.getObject());
            if (e != null) index.addEntity(e);
        }
        index.commit();
    }

    /** Words as the standard tokenizer finds them, lower-cased and folded to ASCII ("Ménard" = "menard"). */
    static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new StandardTokenizer();
            return new TokenStreamComponents(words, new ASCIIFoldingFilter(new LowerCaseFilter(words)));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
