package eu.migrationkg.serve.queries;

import eu.migrationkg.serve.web.PageFrame;
import java.util.List;

/** {@code /api}: the saved-query API for people ({@code api.jte}); the machine version is the OpenAPI document. */
public record ApiPage(PageFrame frame, String listHref, String openApiHref, List<Operation> operations) {

    public record Operation(String id, String path, String summary, Prose description, String form,
                            List<Parameter> parameters, List<String> formats, String exampleHref, String pageHref) {}

    public record Parameter(String name, String type, boolean required, String defaultValue, String allowed,
                            String description) {}
}
