package eu.migrationkg.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The W3C Nu HTML Checker (the validator behind validator.w3.org/nu), run in-process on a page. It
 * checks the HTML5 parsing rules and the content models, attributes and ARIA rules of the HTML
 * standard, which a lenient parser would silently repair. The checker depends on Jetty 11, which
 * cannot share a class path with the server's Jetty 12, so the build copies its jars to
 * {@code target/html-checker} and they are loaded here in a class loader of their own.
 */
public final class Html5 {
    private Html5() {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Object validator;
    private static Method validate;

    /** Every error and warning the checker reports, as "line:column message [extract]"; empty when the page is valid. */
    public static synchronized List<String> problems(String html) {
        try {
            Object checker = checker();
            String out = (String) validate.invoke(checker, new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            List<String> problems = new ArrayList<>();
            for (JsonNode m : JSON.readTree(out).path("messages")) {
                String type = m.path("type").asText();
                String sub = m.path("subType").asText("");
                if (type.equals("error") || type.equals("non-document-error") || sub.equals("warning")) {
                    problems.add(m.path("lastLine").asText("?") + ":" + m.path("firstColumn").asText("?") + " "
                            + type + (sub.isEmpty() ? "" : "/" + sub) + ": " + m.path("message").asText()
                            + " [" + m.path("extract").asText("") + "]");
                }
            }
            return problems;
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new IllegalStateException("the HTML checker failed: " + e, e);
        }
    }

    private static Object checker() throws ReflectiveOperationException, java.io.IOException {
        if (validator != null) return validator;
        Path dir = Path.of(System.getProperty("kg.htmlChecker", "target/html-checker"));
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) jars.add(p.toUri().toURL());
        }
        if (jars.isEmpty()) throw new IllegalStateException("no HTML checker jars in " + dir + " (run the Maven build)");
        // Parent: the platform loader only, so none of the test class path (Jetty 12...) is visible to it.
        ClassLoader loader = new URLClassLoader("html-checker", jars.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
        Class<?> type = Class.forName("nu.validator.client.EmbeddedValidator", true, loader);
        Object v = type.getConstructor().newInstance();
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Enum> format = (Class<Enum>) Class.forName("nu.validator.client.EmbeddedValidator$OutputFormat", true, loader);
        @SuppressWarnings("unchecked")
        Object json = Enum.valueOf(format, "JSON");
        type.getMethod("setOutputFormat", format).invoke(v, json);
        // Language detection guesses from the text; the pages declare lang="en" and quote English sources.
        type.getMethod("setNoLangDetect", boolean.class).invoke(v, true);
        validate = type.getMethod("validate", InputStream.class);
        validator = v;
        return v;
    }
}
