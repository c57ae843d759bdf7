package satlab.line;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.Parser;

/**
 * How the REPL reads a line: Enter with a bracket still open asks for another line
 * (JLine continues on {@link EOFError}); words are names as the engine scans them
 * (letters, digits, _ and trailing primes, as in {@code σ'}), plus a leading
 * {@code :command}, so Tab completes {@code dsig} inside {@code sum(dsig}. No quotes
 * or escapes: the engine has neither, and a prime must not open a quotation.
 */
final class ReplParser implements Parser {

    @Override
    public CompletingParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE || context == ParseContext.SECONDARY_PROMPT) {
            String missing = Brackets.missing(line);
            if (!missing.isEmpty()) {
                throw new EOFError(-1, -1, "a bracket is still open", missing);
            }
        }
        return NameLine.of(line, cursor);
    }

    @Override
    public boolean isEscapeChar(char ch) {
        return false;
    }

    static boolean isNameChar(char c) {
        return c == '_' || c == '\'' || Character.isLetterOrDigit(c);
    }

    /** A parsed line whose words are the names in it; the current word ends at the cursor. */
    record NameLine(String line, int cursor, List<String> words, int wordIndex, int wordCursor, int wordStart,
                    int wordEnd) implements CompletingParsedLine {

        static NameLine of(String line, int cursor) {
            int start = cursor;
            while (start > 0 && isNameChar(line.charAt(start - 1))) start--;
            if (start == 1 && line.charAt(0) == ':') start = 0;
            int end = cursor;
            while (end < line.length() && isNameChar(line.charAt(end))) end++;

            List<String> words = new ArrayList<>();
            int index = -1;
            int i = 0;
            while (i <= line.length()) {
                if (i == start) {
                    index = words.size();
                    words.add(line.substring(start, end));
                    i = Math.max(end, i + 1);
                    continue;
                }
                if (i < line.length() && (isNameChar(line.charAt(i)) || (i == 0 && line.charAt(0) == ':'))) {
                    int j = i + 1;
                    while (j < line.length() && isNameChar(line.charAt(j)) && j != start) j++;
                    words.add(line.substring(i, j));
                    i = j;
                } else {
                    i++;
                }
            }
            return new NameLine(line, cursor, List.copyOf(words), index, cursor - start, start, end);
        }

        @Override
        public String word() {
            return words.get(wordIndex);
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor;
        }

        @Override
        public int rawWordLength() {
            return wordEnd - wordStart;
        }
    }
}
