package eu.migrationkg.extract.recognise;

import eu.migrationkg.extract.ReferenceData;
import eu.migrationkg.vocab.Iris;

/** The gazetteer of the reference data: every label of every described resource, with its kind. */
public final class CuratedNames {
    private CuratedNames() {}

    public static Gazetteer gazetteer(Iris iris, ReferenceData reference) {
        Gazetteer g = new Gazetteer();
        for (ReferenceData.Label l : reference.resourceLabels()) {
            iris.kindOf(l.resource()).ifPresent(kind -> g.add(new Gazetteer.Entry(l.text(), kind, null, l.resource())));
        }
        return g;
    }
}
