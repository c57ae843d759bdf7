package satlab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns source text into tokens; the first character it cannot read is an error. */
final class Scanner {
    private static final Map<String, Token.Type> KEYWORDS = Map.of(
            "and", Token.Type.AND,
            "or", Token.Type.OR,
            "not", Token.Type.NOT,
            "true", Token.Type.TRUE,
            "false", Token.Type.FALSE);

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private int start;
    private int current;

    Scanner(String source) {
        this.source = source;
    }

    List<Token> scan() {
        while (!atEnd()) {
            start = current;
            scanToken();
        }
        tokens.add(new Token(Token.Type.END, "", 0, new Span(source.length(), 1)));
        return tokens;
    }

    private void scanToken() {
        char c = advance();
        switch (c) {
            case ' ', '\t', '\r', '\n' -> { }
            case '+' -> add(Token.Type.PLUS);
            case '-', '\u2212' -> add(Token.Type.MINUS);
            case '*', '\u00d7' -> add(Token.Type.STAR);
            case '/' -> add(Token.Type.SLASH);
            case '^' -> add(Token.Type.CARET);
            case '(' -> add(Token.Type.LEFT_PAREN);
            case ')' -> add(Token.Type.RIGHT_PAREN);
            case '[' -> add(Token.Type.LEFT_BRACKET);
            case ']' -> add(Token.Type.RIGHT_BRACKET);
            case ',' -> add(Token.Type.COMMA);
            case '=' -> add(match('=') ? Token.Type.EQUAL : Token.Type.ASSIGN);
            case '!' -> add(match('=') ? Token.Type.NOT_EQUAL : Token.Type.NOT);
            case '<' -> add(match('=') ? Token.Type.LESS_EQUAL : Token.Type.LESS);
            case '>' -> add(match('=') ? Token.Type.GREATER_EQUAL : Token.Type.GREATER);
            case '&' -> twoCharOperator('&', Token.Type.AND, "'&&' (or the word 'and')");
            case '|' -> twoCharOperator('|', Token.Type.OR, "'||' (or the word 'or')");
            default -> {
                int cp = source.codePointAt(start);
                current = start + Character.charCount(cp);
                if (isDigit(c) || (c == '.' && isDigit(peek()))) {
                    number();
                } else if (isIdentifierStart(cp)) {
                    identifier();
                } else {
                    String shown = TerminalText.unsafe(cp) ? TerminalText.describe(cp)
                            : "'" + new String(Character.toChars(cp)) + "'";
                    throw new EngineError(EngineError.Kind.SYNTAX,
                            "unexpected character " + shown + hintFor(c), source, start, current - start);
                }
            }
        }
    }

    private void twoCharOperator(char second, Token.Type type, String expected) {
        if (!match(second)) {
            throw new EngineError(EngineError.Kind.SYNTAX,
                    "unexpected '" + source.charAt(start) + "'; did you mean " + expected + "?", source, start, 1);
        }
        add(type);
    }

    private static String hintFor(char c) {
        return switch (c) {
            case ';' -> "; write one expression per line";
            case '{', '}' -> "; vectors are written [1, 2]";
            case '\'', '"' -> "; the language has no strings";
            case '\u00b7' -> "; for a dot product write dot(w, a), for a product write *";
            default -> "";
        };
    }

    private void number() {
        while (isDigit(peek())) current++;
        boolean startedWithPoint = source.charAt(start) == '.';
        if (peek() == '.' && !startedWithPoint) {
            current++;
            while (isDigit(peek())) current++;
        }
        if ((peek() == 'e' || peek() == 'E')
                && (isDigit(peekAt(1)) || ((peekAt(1) == '+' || peekAt(1) == '-') && isDigit(peekAt(2))))) {
            current += 2;
            while (isDigit(peek())) current++;
        }
        String text = source.substring(start, current);
        if (current < source.length() && isIdentifierStart(source.codePointAt(current))) {
            throw new EngineError(EngineError.Kind.SYNTAX,
                    "a number runs into a name here; write '*' to multiply (2*w, not 2w)", source, current, 1);
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw new EngineError(EngineError.Kind.NOT_REAL, Names.shown(text) + " is too large for a number"
                    + " (the largest is about 1.8e308)", source, start, current - start);
        }
        tokens.add(new Token(Token.Type.NUMBER, text, value, span()));
    }

    private void identifier() {
        while (current < source.length() && isIdentifierPart(source.codePointAt(current))) {
            current += Character.charCount(source.codePointAt(current));
        }
        // σ' is the derivative's usual name; allow trailing primes on names.
        while (peek() == '\'') current++;
        String text = source.substring(start, current);
        tokens.add(new Token(KEYWORDS.getOrDefault(text, Token.Type.IDENTIFIER), text, 0, span()));
    }

    private void add(Token.Type type) {
        tokens.add(new Token(type, source.substring(start, current), 0, span()));
    }

    private Span span() {
        return new Span(start, current - start);
    }

    private boolean match(char expected) {
        if (atEnd() || source.charAt(current) != expected) return false;
        current++;
        return true;
    }

    private char advance() {
        return source.charAt(current++);
    }

    private char peek() {
        return peekAt(0);
    }

    private char peekAt(int ahead) {
        int i = current + ahead;
        return i < source.length() ? source.charAt(i) : '\0';
    }

    private boolean atEnd() {
        return current >= source.length();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Letters of any script, outside the BMP too (𝑥, a mathematical italic x, is one name). */
    private static boolean isIdentifierStart(int cp) {
        return cp == '_' || Character.isLetter(cp);
    }

    private static boolean isIdentifierPart(int cp) {
        return isIdentifierStart(cp) || (cp >= '0' && cp <= '9');
    }
}
