package eu.migrationkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.TestProject;
import eu.migrationkg.vocab.Iris;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The collection in queries/: it loads without a problem and covers what analysts ask. */
class ShippedQueriesTest {

    private static final QueryRegistry REGISTRY = QueryRegistry.load(TestProject.layout(), Iris.DEFAULT_BASE);

    @Test
    void everyQueryFileLoads() {
        assertEquals(List.of(), REGISTRY.problems().stream().map(Object::toString).toList());
        assertTrue(REGISTRY.all().size() >= 20, "at least 20 saved queries, found " + REGISTRY.all().size());
    }

    @Test
    void everyQueryHasASummaryADescriptionAndATag() {
        for (SavedQuery q : REGISTRY.all()) {
            assertFalse(q.summary().isBlank(), q.id());
            assertFalse(q.description().isBlank(), q.id() + " has no description");
            assertFalse(q.tags().isEmpty(), q.id() + " has no tag");
        }
    }

    @Test
    void everySelectFixesItsOrderSoResultsAndPagesAreStable() {
        for (SavedQuery q : REGISTRY.all()) {
            if (q.template().isSelectType()) {
                assertTrue(q.template().hasOrderBy(), q.id() + " has no ORDER BY");
            }
        }
    }

    @Test
    void everyQueryRunsWithoutValuesSoItsPageShowsResultsAtOnce() throws Exception {
        for (SavedQuery q : REGISTRY.all()) {
            for (QueryParameter p : q.parameters()) {
                assertFalse(p.mandatory(), q.id() + ": required parameter '" + p.name() + "' needs a default");
            }
            q.bind(java.util.Map.of());
        }
    }

    @Test
    void theCollectionCoversEveryTopicAnalystsAskAbout() {
        Set<String> tags = new TreeSet<>(REGISTRY.byTag().keySet());
        assertTrue(tags.containsAll(List.of("strategy", "actions", "instruments", "legal acts", "funding",
                "milestones", "actors", "statistics", "quotes", "provenance", "search", "documents")), tags.toString());
    }

    @Test
    void theCollectionUsesEveryParameterType() {
        Set<String> kinds = new TreeSet<>();
        for (SavedQuery q : REGISTRY.all()) {
            for (QueryParameter p : q.parameters()) {
                kinds.add(p.type().label());
                if (!p.allowedValues().isEmpty()) kinds.add("enumeration");
            }
        }
        assertTrue(kinds.containsAll(List.of("IRI", "string", "text in language 'en'", "xsd:integer",
                "xsd:decimal", "xsd:date", "enumeration")), kinds.toString());
    }

    @Test
    void chartsAndGraphsAreAmongTheViews() {
        Set<String> views = new TreeSet<>();
        Set<String> forms = new TreeSet<>();
        for (SavedQuery q : REGISTRY.all()) {
            views.add(q.view().type());
            forms.add(q.form());
        }
        assertTrue(views.containsAll(List.of("table", "bar", "timeline")), views.toString());
        assertTrue(forms.containsAll(List.of("SELECT", "CONSTRUCT", "ASK")), forms.toString());
    }
}
