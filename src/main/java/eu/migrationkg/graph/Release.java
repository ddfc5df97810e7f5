package eu.migrationkg.graph;

import java.nio.file.Path;

/**
 * One release: an immutable folder that {@code kg build} wrote and any number of servers can open. It
 * holds the TDB2 database ({@value #TDB}: the named graphs, their union as the default graph by
 * setting, the entailments in their own graph), the Lucene index ({@value #TEXT}), the dumps, the
 * VoID/DCAT description, the graphs held apart from the union ({@value #APART}), the prefixes and dataset description of the build, a copy of the documents
 * and saved queries it was built from ({@value #INPUTS}, so a page or a query never reads files newer
 * than the release) and its {@link ReleaseManifest}.
 */
public record Release(ReleaseId id, Path folder, ReleaseManifest manifest) {

    static final String TDB = "tdb2";
    static final String TEXT = "text";
    static final String INPUTS = "inputs";
    static final String PREFIXES = "prefixes.ttl";
    static final String ABOUT = "about.nt";
    /** The graphs held apart from the union (statements held back, the validation report), as N-Quads. */
    static final String APART = "apart.nq";

    public Path tdb()         { return folder.resolve(TDB); }
    public Path text()        { return folder.resolve(TEXT); }
    public Path dumps()       { return folder.resolve(DumpWriter.DUMPS_DIR); }
    public Path description() { return folder.resolve(DumpWriter.DESCRIPTION); }
    /** A project root holding the release's copy of {@code data/sources/} and {@code queries/}. */
    public Path inputs()      { return folder.resolve(INPUTS); }
    public Path prefixes()    { return folder.resolve(PREFIXES); }
    public Path about()       { return folder.resolve(ABOUT); }
    public Path apart()       { return folder.resolve(APART); }

    /** The folder's name: the id, followed by a hash of the base when the IRIs are not under the default one. */
    public String name() {
        return folder.getFileName().toString();
    }
}
