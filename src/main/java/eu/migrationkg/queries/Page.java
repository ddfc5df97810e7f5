package eu.migrationkg.queries;

import org.apache.jena.query.Query;

/**
 * A window on the rows of a SELECT query. Paging composes with the query's own LIMIT and OFFSET: the
 * page is taken from the rows the query returns, never past them.
 *
 * @param limit rows per page, or {@link #NO_LIMIT}
 */
public record Page(long offset, long limit) {

    public static final long NO_LIMIT = -1;
    public static final Page ALL = new Page(0, NO_LIMIT);

    public Page {
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative");
        if (limit < 0 && limit != NO_LIMIT) throw new IllegalArgumentException("limit must not be negative");
    }

    /**
     * The page a request asks for with its {@code limit} and {@code offset} values (absent or empty:
     * {@code defaultLimit} rows from the start).
     *
     * @throws ParameterException naming {@code limit} or {@code offset} when a value is not a count, or
     *     the limit is 0 or above {@code maxLimit}
     */
    public static Page requested(String limit, String offset, long defaultLimit, long maxLimit)
            throws ParameterException {
        long size = count("limit", limit, defaultLimit);
        if (size < 1 || size > maxLimit) {
            throw new ParameterException("limit", "must be between 1 and " + maxLimit
                    + " rows; ask for the next page for more");
        }
        return new Page(count("offset", offset, 0), size);
    }

    private static long count(String name, String value, long otherwise) throws ParameterException {
        if (value == null || value.isEmpty()) return otherwise;
        try {
            long n = Long.parseLong(value);
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ParameterException(name, "'" + value + "' is not a whole number of rows (0 or more)");
    }

    public boolean limited() {
        return limit != NO_LIMIT;
    }

    /**
     * The query restricted to this page, asking for one row more than the page so that the caller
     * knows whether another page follows.
     */
    public Query applyTo(Query query) {
        if (!query.isSelectType() || (offset == 0 && !limited())) return query;
        Query paged = query.cloneQuery();
        long ownOffset = query.hasOffset() ? query.getOffset() : 0;
        long available = query.hasLimit() ? Math.max(0, query.getLimit() - offset) : Long.MAX_VALUE;
        paged.setOffset(ownOffset + offset);
        long fetch = limited() ? Math.min(available, limit + 1) : available;
        if (fetch != Long.MAX_VALUE) paged.setLimit(fetch);
        return paged;
    }
}
