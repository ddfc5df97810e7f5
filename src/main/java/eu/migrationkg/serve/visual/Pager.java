package eu.migrationkg.serve.visual;

/**
 * Where a page of a long list is: its number (from 1), how many pages, the items it shows, and the
 * addresses of the pages before and after it (null at either end), which keep the page's other
 * parameters so a view can be shared.
 */
public record Pager(int page, int pages, int first, int last, int total, String previous, String next) {

    public boolean isPaged() { return pages > 1; }

    /** The page asked for (1 when absent); 400 for anything but a whole number from 1 to the last page. */
    static int page(String param, int total, int size) throws BadPictureRequest {
        int pages = Math.max(1, (total + size - 1) / size);
        if (param == null || param.isBlank()) return 1;
        try {
            int p = Integer.parseInt(param.strip());
            if (p >= 1 && p <= pages) return p;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadPictureRequest(400, "page must be a whole number from 1 to " + pages + ", not '" + param + "'.");
    }

    /** The pager for page {@code page} of {@code total} items; {@code link} gives a page's address. */
    static Pager of(int page, int total, int size, java.util.function.IntFunction<String> link) {
        int pages = Math.max(1, (total + size - 1) / size);
        int first = Math.min(total, (page - 1) * size + 1);
        int last = Math.min(total, page * size);
        return new Pager(page, pages, first, last, total, page > 1 ? link.apply(page - 1) : null,
                page < pages ? link.apply(page + 1) : null);
    }
}
