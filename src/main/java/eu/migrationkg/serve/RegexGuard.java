package eu.migrationkg.serve;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ExprTransformApplyElementTransform;
import org.apache.jena.sparql.util.Context;

/**
 * Makes regular expressions stoppable. A pattern such as {@code (a+)+$} backtracks for hours on a
 * short string, inside one call that the query timeout cannot interrupt. This transform replaces
 * {@code REGEX}, {@code REPLACE}, {@code fn:matches} and {@code fn:replace} (in every part of the
 * query, EXISTS included) with versions that match over a character sequence which checks the query's
 * cancel signal as the matcher reads it, so the timeout ends them too. A match evaluated where no
 * signal exists (Jena folds constant expressions while it plans the query, before the timeout runs)
 * is stopped when it has run for the timeout itself. Patterns and flags are compiled by Jena, so the
 * semantics are Jena's.
 */
final class RegexGuard extends ExprTransformApplyElementTransform {

    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    private final long limitNanos;

    RegexGuard(java.time.Duration limit) {
        super(new ElementTransformCopyBase());
        this.limitNanos = limit.toNanos();
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
        if (func instanceof E_Regex && !(func instanceof Regex)) {
            return new Regex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, limitNanos);
        }
        if (func instanceof E_StrReplace && !(func instanceof Replace)) {
            return new Replace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null, limitNanos);
        }
        if (func instanceof E_Function f && (args.size() == 2 || args.size() == 3) && (FN + "matches").equals(f.getFunctionIRI())) {
            return new Regex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, limitNanos);
        }
        if (func instanceof E_Function f && (args.size() == 3 || args.size() == 4) && (FN + "replace").equals(f.getFunctionIRI())) {
            return new Replace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null, limitNanos);
        }
        return super.transform(func, args);
    }

    private static AtomicBoolean cancelSignal(FunctionEnv env) {
        if (env instanceof ExecutionContext ec && ec.getCancelSignal() != null) return ec.getCancelSignal();
        Context cxt = env == null ? null : env.getContext();
        AtomicBoolean signal = cxt == null ? null : Context.getCancelSignal(cxt);
        return signal != null ? signal : new AtomicBoolean();
    }

    private static Pattern compile(String label, NodeValue pattern, NodeValue flags) {
        String p = NodeValueOps.checkAndGetStringLiteral(label, pattern).getLiteralLexicalForm();
        String f = flags == null ? null : NodeValueOps.checkAndGetStringLiteral(label, flags).getLiteralLexicalForm();
        return RegexEngine.makePattern(label, p, f);
    }

    /** The compiled pattern when pattern and flags are constants; otherwise (or if invalid) compiled per row. */
    private static Pattern constantPattern(String label, Expr pattern, Expr flags) {
        if (!pattern.isConstant() || (flags != null && !flags.isConstant())) return null;
        try {
            return compile(label, pattern.getConstant(), flags == null ? null : flags.getConstant());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** REGEX whose matching the query's timeout can stop. */
    static final class Regex extends E_Regex {
        private final Pattern constant;
        private final long limitNanos;

        Regex(Expr expr, Expr pattern, Expr flags, long limitNanos) {
            super(expr, pattern, flags);
            this.limitNanos = limitNanos;
            constant = constantPattern("REGEX", pattern, flags);
        }

        /** Called without an environment when Jena folds constants while planning: the deadline still holds. */
        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node arg = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
            Pattern p = constant != null ? constant : compile("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
            boolean found = p.matcher(new CancellableChars(arg.getLiteralLexicalForm(), cancelSignal(env), limitNanos)).find();
            return NodeValue.booleanReturn(found);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Regex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null, limitNanos);
        }
    }

    /** REPLACE whose matching the query's timeout can stop; like Jena, an empty match is not replaced twice. */
    static final class Replace extends E_StrReplace {
        private final Pattern constant;
        private final long limitNanos;

        Replace(Expr str, Expr pattern, Expr replacement, Expr flags, long limitNanos) {
            super(str, pattern, replacement, flags);
            this.limitNanos = limitNanos;
            constant = constantPattern("REPLACE", pattern, flags);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            NodeValue str = args.get(0);
            String s = NodeValueOps.checkAndGetStringLiteral("REPLACE", str).getLiteralLexicalForm();
            String rep = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
            Pattern p = constant != null ? constant : compile("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
            Matcher m = p.matcher(new CancellableChars(s, cancelSignal(env), limitNanos));
            StringBuilder out = null;
            try {
                while (m.find()) {
                    if (out == null) out = new StringBuilder();
                    else if (m.start() == m.end()) continue;
                    m.appendReplacement(out, rep);
                }
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage());
            }
            if (out == null) return str;
            m.appendTail(out);
            String result = out.toString();
            if (result.equals(s)) return str;
            Node n = str.asNode();
            String lang = n.getLiteralLanguage();
            return lang != null && !lang.isEmpty() ? NodeValue.makeLangString(result, lang) : NodeValue.makeString(result);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null,
                    limitNanos);
        }
    }

    /**
     * The characters of a string, read by a regex matcher, with the query's cancel signal and a
     * deadline checked as it goes.
     */
    static final class CancellableChars implements CharSequence {
        private static final int CHECK_EVERY = 1 << 12;
        private final String s;
        private final AtomicBoolean cancelled;
        private final long deadline;
        private int reads;

        CancellableChars(String s, AtomicBoolean cancelled, long limitNanos) {
            this.s = s;
            this.cancelled = cancelled;
            this.deadline = System.nanoTime() + limitNanos;
        }

        @Override
        public char charAt(int index) {
            if (++reads % CHECK_EVERY == 0
                    && (cancelled.get() || System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted())) {
                throw new QueryCancelledException();
            }
            return s.charAt(index);
        }

        @Override public int length() { return s.length(); }
        @Override public CharSequence subSequence(int start, int end) { return s.substring(start, end); }
        @Override public String toString() { return s; }
    }
}
