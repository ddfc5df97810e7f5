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

/** What a parsed query does before it runs: whether it calls out with SERVICE (its nesting: {@link SparqlText}). */
final class QueryShape {
    private QueryShape() {}

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
