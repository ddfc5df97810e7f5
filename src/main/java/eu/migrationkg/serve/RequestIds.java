package eu.migrationkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The id that ties a response to the server's log: sent in {@value #HEADER} on every response and shown
 * in the body of a 500, so an operator finds the stack trace a user reports. A balancer's id
 * ({@code X-Request-Id} on the request, e.g. HAProxy's {@code unique-id-header}) is kept when it is short
 * and plain, so one id follows the request through both logs.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIds() {}

    /** The request's id, given to it on first use. */
    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id instanceof String s) return s;
        String given = request.getHeader(HEADER);
        String assigned = given != null && PLAIN.matcher(given).matches() ? given : fresh();
        request.setAttribute(ATTRIBUTE, assigned);
        return assigned;
    }

    private static String fresh() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
