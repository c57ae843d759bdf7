package satlab.engine;

import java.util.List;

/** The immutable syntax tree. Every node knows its span, for error messages. */
public sealed interface Expr {
    Span span();

    record Number(double value, Span span) implements Expr {}

    record Bool(boolean value, Span span) implements Expr {}

    record Vector(List<Expr> elements, Span span) implements Expr {}

    record Variable(String name, Span span) implements Expr {}

    record Assign(String name, Expr value, Span span) implements Expr {}

    /** Unary minus or plus; {@code op} is the operator token's text. */
    record Negate(Expr operand, Span span) implements Expr {}

    record Not(Expr operand, Span span) implements Expr {}

    /** Arithmetic and comparisons; {@code opSpan} points at the operator. */
    record Binary(Expr left, BinaryOp op, Expr right, Span opSpan, Span span) implements Expr {}

    /** {@code and}/{@code or}, which evaluate their right side only when needed. */
    record Logical(Expr left, boolean isAnd, Expr right, Span opSpan, Span span) implements Expr {}

    record Call(String name, List<Expr> arguments, Span nameSpan, Span span) implements Expr {}

    enum BinaryOp {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), POWER("^"),
        LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">="), EQUAL("=="), NOT_EQUAL("!=");

        final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }

        boolean isComparison() {
            return ordinal() >= LESS.ordinal();
        }
    }
}
