package eu.migrationkg.queries;

/** A parameter value that is missing or does not fit; the API answers 400 with both parts. */
public final class ParameterException extends Exception {

    private final String parameter;
    private final String reason;

    public ParameterException(String parameter, String reason) {
        super("parameter '" + parameter + "': " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() { return parameter; }

    public String reason() { return reason; }
}
