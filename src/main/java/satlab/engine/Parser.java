package satlab.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Recursive descent, loosest binding first:
 * <pre>
 * input      → assignment END
 * assignment → IDENTIFIER "=" assignment | or
 * or         → and ( ("or" | "||") and )*
 * and        → not ( ("and" | "&&") not )*
 * not        → ("not" | "!") not | comparison
 * comparison → sum ( ("<" | "<=" | ">" | ">=" | "==" | "!=") sum )?
 * sum        → product ( ("+" | "-") product )*
 * product    → unary ( ("*" | "/") unary )*
 * unary      → ("-" | "+") unary | power
 * power      → call ( "^" unary )?          (right-associative; -2^2 = -4)
 * call       → IDENTIFIER "(" arguments? ")" | primary
 * primary    → NUMBER | true | false | IDENTIFIER | "(" or ")" | "[" arguments? "]"
 * </pre>
 * Depth is counted on the tree being built, so hostile input is refused with a
 * clear error long before the evaluator's recursion could overflow the stack.
 */
public final class Parser {
    private final String source;
    private final Limits limits;
    private final List<Token> tokens;
    private final Map<Expr, Integer> depthOf = new IdentityHashMap<>();
    private int current;
    private int depth;

    private Parser(String source, Limits limits) {
        this.source = source;
        this.limits = limits;
        if (source.length() > limits.maxSourceLength()) {
            throw new EngineError(EngineError.Kind.LIMIT,
                    "input is " + source.length() + " characters; the limit is " + limits.maxSourceLength(),
                    source, limits.maxSourceLength(), 1);
        }
        this.tokens = new Scanner(source).scan();
    }

    public static Expr parse(String source) {
        return parse(source, Limits.DEFAULT);
    }

    public static Expr parse(String source, Limits limits) {
        Parser parser = new Parser(source, limits);
        if (parser.check(Token.Type.END)) {
            throw new EngineError(EngineError.Kind.SYNTAX, "empty input: type an expression such as sigmoid(2)",
                    source, 0, 1);
        }
        Expr expr = parser.assignment();
        if (!parser.check(Token.Type.END)) {
            Token extra = parser.peek();
            throw parser.error(extra, "unexpected " + extra.describe() + " after a complete expression"
                    + (extra.type() == Token.Type.RIGHT_PAREN ? " (a ')' without its '(')" : ""));
        }
        return expr;
    }

    private Expr assignment() {
        if (check(Token.Type.IDENTIFIER) && peekNext().type() == Token.Type.ASSIGN) {
            Token name = advance();
            advance();
            Expr value = nested(this::assignment);
            return node(new Expr.Assign(name.text(), value, name.span().to(value.span())), value);
        }
        return or();
    }

    private Expr or() {
        Expr expr = and();
        while (check(Token.Type.OR)) {
            Token op = advance();
            Expr right = and();
            expr = node(new Expr.Logical(expr, false, right, op.span(), expr.span().to(right.span())), expr, right);
        }
        return expr;
    }

    private Expr and() {
        Expr expr = not();
        while (check(Token.Type.AND)) {
            Token op = advance();
            Expr right = not();
            expr = node(new Expr.Logical(expr, true, right, op.span(), expr.span().to(right.span())), expr, right);
        }
        return expr;
    }

    private Expr not() {
        if (check(Token.Type.NOT)) {
            Token op = advance();
            Expr operand = nested(this::not);
            return node(new Expr.Not(operand, op.span().to(operand.span())), operand);
        }
        return comparison();
    }

    private Expr comparison() {
        Expr expr = sum();
        Expr.BinaryOp op = comparisonOp(peek().type());
        if (op != null) {
            Token opToken = advance();
            Expr right = sum();
            expr = node(new Expr.Binary(expr, op, right, opToken.span(), expr.span().to(right.span())), expr, right);
            if (comparisonOp(peek().type()) != null) {
                throw error(peek(), "comparisons can't be chained; write a < b and b < c");
            }
        }
        return expr;
    }

    private static final Map<Token.Type, Expr.BinaryOp> SUM_OPERATORS = Map.of(
            Token.Type.PLUS, Expr.BinaryOp.ADD, Token.Type.MINUS, Expr.BinaryOp.SUBTRACT);
    private static final Map<Token.Type, Expr.BinaryOp> PRODUCT_OPERATORS = Map.of(
            Token.Type.STAR, Expr.BinaryOp.MULTIPLY, Token.Type.SLASH, Expr.BinaryOp.DIVIDE);

    private Expr sum() {
        return leftAssociative(this::product, SUM_OPERATORS);
    }

    private Expr product() {
        return leftAssociative(this::unary, PRODUCT_OPERATORS);
    }

    private Expr leftAssociative(Supplier<Expr> operand, Map<Token.Type, Expr.BinaryOp> operators) {
        Expr expr = operand.get();
        while (operators.containsKey(peek().type())) {
            Token op = advance();
            Expr right = operand.get();
            expr = node(new Expr.Binary(expr, operators.get(op.type()), right, op.span(), expr.span().to(right.span())),
                    expr, right);
        }
        return expr;
    }

    private Expr unary() {
        if (check(Token.Type.MINUS) || check(Token.Type.PLUS)) {
            Token op = advance();
            Expr operand = nested(this::unary);
            return op.type() == Token.Type.MINUS ? node(new Expr.Negate(operand, op.span().to(operand.span())), operand) : operand;
        }
        return power();
    }

    private Expr power() {
        Expr base = call();
        if (check(Token.Type.CARET)) {
            Token op = advance();
            Expr exponent = nested(this::unary);
            return node(new Expr.Binary(base, Expr.BinaryOp.POWER, exponent, op.span(), base.span().to(exponent.span())), base, exponent);
        }
        return base;
    }

    private Expr call() {
        if (check(Token.Type.IDENTIFIER) && peekNext().type() == Token.Type.LEFT_PAREN) {
            Token name = advance();
            advance();
            List<Expr> arguments = nested(() -> list(Token.Type.RIGHT_PAREN, "')' to close the call of " + name.text()));
            Token close = previous();
            return node(new Expr.Call(name.text(), arguments, name.span(), name.span().to(close.span())), arguments.toArray(Expr[]::new));
        }
        return primary();
    }

    private Expr primary() {
        Token token = peek();
        switch (token.type()) {
            case NUMBER -> {
                advance();
                return new Expr.Number(token.number(), token.span());
            }
            case TRUE, FALSE -> {
                advance();
                return new Expr.Bool(token.type() == Token.Type.TRUE, token.span());
            }
            case IDENTIFIER -> {
                advance();
                return new Expr.Variable(token.text(), token.span());
            }
            case LEFT_PAREN -> {
                advance();
                Expr inner = nested(this::or);
                expect(Token.Type.RIGHT_PAREN, "')' to close the '(' at column " + column(token));
                return inner;
            }
            case LEFT_BRACKET -> {
                advance();
                List<Expr> elements = nested(() -> list(Token.Type.RIGHT_BRACKET, "']' to close the vector"));
                return node(new Expr.Vector(elements, token.span().to(previous().span())), elements.toArray(Expr[]::new));
            }
            case ASSIGN -> throw error(token, "'=' assigns a name (w = 2); to compare use '=='");
            default -> throw error(token, "expected a number, a name, '(' or '[' but found " + token.describe());
        }
    }

    /** Comma-separated expressions up to the closing token, which is consumed. */
    private List<Expr> list(Token.Type close, String closing) {
        List<Expr> items = new ArrayList<>();
        if (!check(close)) {
            do {
                if (check(close)) break;
                items.add(or());
            } while (match(Token.Type.COMMA));
        }
        expect(close, closing);
        return items;
    }

    /** Guards the parser's own recursion (parentheses, unary chains, calls). */
    private <T> T nested(Supplier<T> rule) {
        if (++depth > limits.maxDepth()) {
            throw limit(peek(), "expression nested more than " + limits.maxDepth() + " levels deep; split it up");
        }
        try {
            return rule.get();
        } finally {
            depth--;
        }
    }

    /**
     * Records a new node's tree depth and refuses trees deeper than the limit.
     * Left-leaning chains (1+1+1+...) deepen the tree without deepening the parser's
     * recursion, and the evaluator recurses once per level, so depth is counted on
     * the tree itself.
     */
    private Expr node(Expr made, Expr... children) {
        int d = 1;
        for (Expr child : children) {
            d = Math.max(d, depthOf.getOrDefault(child, 1) + 1);
        }
        if (d > limits.maxDepth()) {
            throw limit(previous(), "expression is more than " + limits.maxDepth()
                    + " operations deep; use sum([...]) or split it into steps with names");
        }
        depthOf.put(made, d);
        return made;
    }

    private void expect(Token.Type type, String what) {
        if (!match(type)) {
            Token found = peek();
            if (found.type() == Token.Type.ASSIGN) {
                throw error(found, "'=' assigns a name (w = 2); to compare use '=='");
            }
            throw error(found, "expected " + what + " but found " + found.describe());
        }
    }

    private int column(Token token) {
        return token.span().offset() + 1;
    }

    private EngineError limit(Token token, String message) {
        return new EngineError(EngineError.Kind.LIMIT, message, source, token.span().offset(), token.span().length());
    }

    private EngineError error(Token token, String message) {
        return new EngineError(EngineError.Kind.SYNTAX, message, source, token.span().offset(), token.span().length());
    }

    private static Expr.BinaryOp comparisonOp(Token.Type type) {
        return switch (type) {
            case LESS -> Expr.BinaryOp.LESS;
            case LESS_EQUAL -> Expr.BinaryOp.LESS_EQUAL;
            case GREATER -> Expr.BinaryOp.GREATER;
            case GREATER_EQUAL -> Expr.BinaryOp.GREATER_EQUAL;
            case EQUAL -> Expr.BinaryOp.EQUAL;
            case NOT_EQUAL -> Expr.BinaryOp.NOT_EQUAL;
            default -> null;
        };
    }

    private boolean match(Token.Type type) {
        if (!check(type)) return false;
        advance();
        return true;
    }

    private boolean check(Token.Type type) {
        return peek().type() == type;
    }

    private Token advance() {
        Token t = tokens.get(current);
        if (t.type() != Token.Type.END) current++;
        return t;
    }

    private Token peek() {
        return tokens.get(current);
    }

    private Token peekNext() {
        return tokens.get(Math.min(current + 1, tokens.size() - 1));
    }

    private Token previous() {
        return tokens.get(Math.max(0, current - 1));
    }
}
