package satlab.sim;

/**
 * The three matrix products a training step of {@link Mlp} needs, on matrices stored as arrays of rows, each
 * writing its result over what was in {@code out} (the forward pass starting from the biases).
 *
 * <p>Two implementations: {@link #JAVA}, {@link Dense}'s loops, which HotSpot's C2 turns into SIMD code by
 * itself (about 25 GFLOP/s on 64-wide rows here, its ceiling: it vectorises one row at a time), and
 * {@link VectorProducts}, written with the JDK's Vector API, which keeps a tile of four rows by four
 * vectors in registers (about 2.5 times as fast on the same rows). The Vector API is still an incubator
 * module in Java 17: a JVM has it only when started with {@code --add-modules jdk.incubator.vector}, and
 * then prints a warning as it starts. So satlab's launcher adds it for {@code satlab serve}, where the
 * warning goes to the server's log and twenty learners training at once want the speed, and not for the
 * tutor in a learner's own terminal; {@link #best} takes whichever this JVM can run.
 */
public interface Products {

    /** out[i] = bias + in[i]·w for the first {@code rows} rows (in: rows × w.length, w: rows of out's length). */
    void forward(double[][] in, double[][] w, double[] bias, double[][] out, int rows);

    /** out = leftᵀ·right over the first n rows of left and right: out[k][j] = Σ_i left[i][k]·right[i][j]. */
    void transposedTimes(double[][] left, double[][] right, double[][] out, int n);

    /** out[i] = left[i]·right for the first {@code rows} rows. */
    void times(double[][] left, double[][] right, double[][] out, int rows);

    /** {@link Dense}'s loops, vectorised by C2: every JVM runs them. */
    Products JAVA = new Products() {
        @Override
        public void forward(double[][] in, double[][] w, double[] bias, double[][] out, int rows) {
            Dense.forwardBlocked(in, w, bias, out, rows);
        }

        @Override
        public void transposedTimes(double[][] left, double[][] right, double[][] out, int n) {
            Dense.multiplyTransposed(left, right, out, n);
        }

        @Override
        public void times(double[][] left, double[][] right, double[][] out, int rows) {
            Dense.multiplyBlocked(left, right, out, rows);
        }

        @Override
        public String toString() {
            return "Java loops";
        }
    };

    /** The Vector API's products when this JVM resolved jdk.incubator.vector at start-up, else {@link #JAVA}. */
    public static Products best() {
        return choose(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent());
    }

    /**
     * VectorProducts is named only here, by reflection, so that a JVM without the module never loads a class
     * that refers to it.
     */
    static Products choose(boolean vectorModule) {
        if (!vectorModule) return JAVA;
        try {
            return (Products) Class.forName("satlab.sim.VectorProducts").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return JAVA;
        }
    }
}
