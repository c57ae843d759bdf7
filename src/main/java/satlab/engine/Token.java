package satlab.engine;

/** One lexeme of the expression language, with where it came from. */
record Token(Type type, String text, double number, Span span) {

    enum Type {
        NUMBER, IDENTIFIER, TRUE, FALSE,
        PLUS, MINUS, STAR, SLASH, CARET,
        LEFT_PAREN, RIGHT_PAREN, LEFT_BRACKET, RIGHT_BRACKET, COMMA,
        ASSIGN, EQUAL, NOT_EQUAL, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL,
        AND, OR, NOT,
        END
    }

    /** How the token reads in an error message. */
    String describe() {
        return type == Type.END ? "the end of the input" : "'" + text + "'";
    }
}
