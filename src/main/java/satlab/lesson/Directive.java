package satlab.lesson;

import java.util.List;

/**
 * A fenced satlab block as read, before its keys are interpreted: the lesson
 * parser's intermediate form, which keeps every position for messages.
 *
 * @param kind       the fence's language word ("quiz")
 * @param line       line of the opening fence
 * @param kindColumn column of the language word, where "quiz has no 'answer'" points
 * @param sourceText the lines between the fences
 */
record Directive(String kind, int line, int kindColumn, List<Entry> entries, List<OptionLine> options,
        String sourceText) {

    /** {@code key: value}; the value may continue on lines indented by two spaces. */
    record Entry(String key, int line, int column, Located value) {}

    /** {@code - [x] text // feedback}; {@code feedback} is null when absent. */
    record OptionLine(boolean right, Located text, Located feedback, int line, int column) {}

    List<Entry> all(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).toList();
    }

    Entry first(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst().orElse(null);
    }
}
