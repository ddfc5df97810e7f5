package eu.migrationkg.serve;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/** What a query looks like before it runs: how deep it nests, whether it calls out with SERVICE. */
final class QueryShape {
    private QueryShape() {}

    /**
     * The deepest nesting of brackets ({@code { ( [}) outside strings and comments. Checked before
     * parsing, because the parser recurses once per level and a hostile query can nest thousands.
     */
    static int nestingDepth(String query) {
        if (query == null) return 0;
        int depth = 0;
        int max = 0;
        int n = query.length();
        for (int i = 0; i < n; i++) {
            char c = query.charAt(i);
            switch (c) {
                case '{', '(', '[' -> max = Math.max(max, ++depth);
                case '}', ')', ']' -> depth = Math.max(0, depth - 1);
                case '#' -> {
                    while (i < n && query.charAt(i) != '\n') i++;
                }
                case '"', '\'' -> i = endOfString(query, i);
                default -> { }
            }
        }
        return max;
    }

    /** Index of the last character of the string literal starting at {@code start} (short or long form). */
    private static int endOfString(String s, int start) {
        char q = s.charAt(start);
        boolean isLong = s.startsWith(String.valueOf(q).repeat(3), start);
        int i = start + (isLong ? 3 : 1);
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (isLong ? s.startsWith(String.valueOf(q).repeat(3), i) : c == q) {
                return isLong ? i + 2 : i;
            }
            if (!isLong && c == '\n') return i;
            i++;
        }
        return s.length();
    }

    /**
     * Whether the query, any sub-query or any EXISTS pattern has a SERVICE clause: refused up front
     * with a clear 400. (SERVICE is also disabled in the execution context, in case one hides elsewhere.)
     */
    static boolean usesService(Query query) {
        if (query.getQueryPattern() == null) return false;
        AtomicBoolean found = new AtomicBoolean();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                found.set(true);
            }

            @Override
            public void visit(ElementSubQuery el) {
                if (usesService(el.getQuery())) found.set(true);
            }

            @Override
            public void visit(ElementFilter el) {
                if (existsUsesService(el.getExpr())) found.set(true);
            }

            @Override
            public void visit(ElementBind el) {
                if (existsUsesService(el.getExpr())) found.set(true);
            }
        });
        return found.get();
    }

    private static boolean existsUsesService(Expr expr) {
        AtomicBoolean found = new AtomicBoolean();
        Walker.walk(expr, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp op) {
                if (op.getElement() != null) {
                    Query q = new Query();
                    q.setQueryPattern(op.getElement());
                    if (usesService(q)) found.set(true);
                }
            }
        });
        return found.get();
    }
}
