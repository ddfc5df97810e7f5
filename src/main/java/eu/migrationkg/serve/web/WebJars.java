package eu.migrationkg.serve.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The version of a WebJar on the classpath, read from the Maven metadata every WebJar carries, so
 * templates name a library without repeating the version the build chose.
 */
public final class WebJars {
    private WebJars() {}

    /** Where WebJars keep their files; {@code /webjars/...} is served from here. */
    public static final String RESOURCE_ROOT = "META-INF/resources/webjars/";

    private static final List<String> GROUPS = List.of("org.webjars.npm", "org.webjars", "org.webjars.bower");
    private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

    public static String version(String artifact) {
        return VERSIONS.computeIfAbsent(artifact, WebJars::find);
    }

    private static String find(String artifact) {
        ClassLoader loader = WebJars.class.getClassLoader();
        for (String group : GROUPS) {
            String path = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in == null) continue;
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null) return v;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalArgumentException("no WebJar '" + artifact + "' on the classpath");
    }
}
