package satlab.store.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The gradebook ({@code satlab results --gradebook}): one row per learner, their score in each lesson
 * (right out of all its quizzes) and in total, and how many lessons they finished, as plain CSV or as
 * the CSV layouts Moodle's and Canvas's gradebook imports read. The learning model
 * ({@code satlab.learn.Gradebook#sheet}) fills it in; this only lays it out.
 *
 * @param lessons the grade columns, in course order
 * @param rows one per learner, in roster order (or by name without a roster)
 */
public record GradeSheet(List<Lesson> lessons, List<Row> rows) {

    /** A grade column: a lesson, scored out of {@code quizzes}. */
    public record Lesson(String id, String title, int quizzes) {}

    /**
     * One learner.
     *
     * @param right quizzes right per lesson, in the order of {@link GradeSheet#lessons}
     * @param started lessons the learner opened or answered in
     * @param done lessons finished (every quiz answered and the last step reached)
     */
    public record Row(String learner, String studentId, String email, List<Integer> right, int started, int done) {
        public Row {
            right = List.copyOf(right);
        }

        public int total() {
            return right.stream().mapToInt(Integer::intValue).sum();
        }
    }

    public GradeSheet {
        lessons = List.copyOf(lessons);
        rows = List.copyOf(rows);
    }

    public int possible() {
        return lessons.stream().mapToInt(Lesson::quizzes).sum();
    }

    /**
     * {@code learner,student_id,email,<lesson> (of N)...,total,out_of,lessons_started,lessons_done,lessons}.
     */
    public String csv() {
        List<String> header = new ArrayList<>(List.of("learner", "student_id", "email"));
        lessons.forEach(l -> header.add(l.id() + " (of " + l.quizzes() + ")"));
        header.addAll(List.of("total", "out_of", "lessons_started", "lessons_done", "lessons"));
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            List<String> row = new ArrayList<>(List.of(r.learner(), r.studentId(), r.email()));
            r.right().forEach(n -> row.add(Integer.toString(n)));
            row.addAll(List.of(Integer.toString(r.total()), Integer.toString(possible()), Integer.toString(r.started()),
                    Integer.toString(r.done()), Integer.toString(lessons.size())));
            out.add(row);
        }
        return Csv.table(header, out);
    }

    /**
     * Moodle's grade import (CSV file): identifier columns to map from ({@code ID number} to idnumber,
     * or {@code Email address} to email), then one column per lesson to map to a grade item whose
     * maximum is the lesson's quiz count (given in the header). No total: Moodle computes its own.
     */
    public String moodle() {
        List<String> header = new ArrayList<>(List.of("Username", "ID number", "Email address"));
        lessons.forEach(l -> header.add(gradeItem(l)));
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            List<String> row = new ArrayList<>(List.of(r.learner(), r.studentId(), r.email()));
            r.right().forEach(n -> row.add(Integer.toString(n)));
            out.add(row);
        }
        return Csv.table(header, out);
    }

    /**
     * Canvas's gradebook import: {@code Student,ID,SIS User ID,SIS Login ID,Section}, one column per
     * lesson (an assignment title without a Canvas id, which Canvas offers to create), and the
     * "Points Possible" row under the header. Canvas matches learners by SIS User ID (the roster's
     * student id) or SIS Login ID (its e-mail); Canvas's own ID and the section are left empty.
     */
    public String canvas() {
        List<String> header = new ArrayList<>(List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section"));
        lessons.forEach(l -> header.add(gradeItem(l)));
        List<List<String>> out = new ArrayList<>();
        List<String> points = new ArrayList<>(List.of("Points Possible", "", "", "", ""));
        lessons.forEach(l -> points.add(Integer.toString(l.quizzes())));
        out.add(points);
        for (Row r : rows) {
            List<String> row = new ArrayList<>(List.of(r.learner(), "", r.studentId(), r.email(), ""));
            r.right().forEach(n -> row.add(Integer.toString(n)));
            out.add(row);
        }
        return Csv.table(header, out);
    }

    /**
     * "satlab alpha: The peak of the slope": the lesson as a grade item, the same name each export so
     * the LMS maps it to the same item; no parentheses, which Canvas reads as its assignment id.
     */
    private static String gradeItem(Lesson l) {
        return "satlab " + l.id() + ": " + l.title();
    }
}
