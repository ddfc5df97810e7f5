package eu.migrationkg.serve.visual;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A page's address with its parameters, in the order added (empty values left out), for sharing. */
final class Address {

    private final String path;
    private final List<String[]> params = new ArrayList<>();

    Address(String path) {
        this.path = path;
    }

    Address with(String name, String value) {
        if (value != null && !value.isBlank()) params.add(new String[] {name, value});
        return this;
    }

    Address with(String name, List<String> values) {
        for (String v : values) with(name, v);
        return this;
    }

    /** A copy with one more parameter. */
    Address and(String name, String value) {
        Address a = new Address(path);
        a.params.addAll(params);
        return a.with(name, value);
    }

    @Override
    public String toString() {
        if (params.isEmpty()) return path;
        StringBuilder s = new StringBuilder(path).append('?');
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) s.append('&');
            s.append(URLEncoder.encode(params.get(i)[0], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(params.get(i)[1], StandardCharsets.UTF_8));
        }
        return s.toString();
    }
}
