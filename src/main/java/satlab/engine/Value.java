package satlab.engine;

import java.util.Arrays;
import java.util.StringJoiner;

/** A value of the engine's little language: a number, a vector of numbers or a boolean. */
public sealed interface Value permits Value.Num, Value.Vec, Value.Bool {

    /** The name used in error messages ("expected a number, got a vector"). */
    String typeName();

    record Num(double value) implements Value {
        @Override
        public String typeName() {
            return "number";
        }

        @Override
        public String toString() {
            return Format.number(value);
        }
    }

    record Bool(boolean value) implements Value {
        public static final Bool TRUE = new Bool(true);
        public static final Bool FALSE = new Bool(false);

        public static Bool of(boolean b) {
            return b ? TRUE : FALSE;
        }

        @Override
        public String typeName() {
            return "boolean";
        }

        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** An immutable vector; the array is copied in and out. */
    final class Vec implements Value {
        private final double[] values;

        public Vec(double... values) {
            this.values = values.clone();
        }

        private Vec(double[] values, boolean owned) {
            this.values = values;
        }

        /** Takes ownership of an array nobody else holds (the evaluator's fresh results). */
        static Vec adopt(double[] fresh) {
            return new Vec(fresh, true);
        }

        public int length() {
            return values.length;
        }

        public double get(int i) {
            return values[i];
        }

        public double[] toArray() {
            return values.clone();
        }

        double[] raw() {
            return values;
        }

        @Override
        public String typeName() {
            return "vector";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Vec v && Arrays.equals(values, v.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        /** "[1, -0.99]"; long vectors are elided in the middle so output stays readable. */
        @Override
        public String toString() {
            return toString(Format.Precision.DEFAULT);
        }

        /** In a precision; exact vectors are written in full. */
        String toString(Format.Precision precision) {
            StringJoiner out = new StringJoiner(", ", "[", "]");
            int n = values.length;
            boolean elide = n > 12 && !precision.exact();
            int head = elide ? 6 : n;
            for (int i = 0; i < head; i++) out.add(precision.number(values[i]));
            if (elide) {
                out.add("... (" + (n - 10) + " more)");
                for (int i = n - 4; i < n; i++) out.add(precision.number(values[i]));
            }
            return out.toString();
        }
    }
}
