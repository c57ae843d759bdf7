package satlab.sim;

/**
 * The matrix products a dense layer needs, on matrices stored as arrays of rows.
 *
 * <p>Rows are separate double[] starting at index 0 on purpose: HotSpot's C2 (JDK
 * 17) turns "row[j] += s × other[j]" into SIMD code only when both arrays are
 * indexed by the bare loop variable; the same loop over one flat array with
 * row offsets stays scalar (measured: about 3 against 13 GFLOP/s). The inner
 * loop is an axpy rather than a dot product because floating-point sums may not
 * be reordered, so a reduction would not vectorise. Four weight rows are folded
 * into each pass over an output row to cut its loads and stores by four. Every
 * element is summed in a fixed order, so results are identical run to run.
 */
final class Dense {

    private Dense() {}

    /**
     * out[i][j] = bias[j] + Σ_k in[i][k] · wt[k][j].
     *
     * @param in batch rows of length inner
     * @param wt inner rows of length cols: row k holds the weights leaving input k
     * @param bias cols entries
     * @param out batch rows of length cols, overwritten
     */
    static void forward(double[][] in, double[][] wt, double[] bias, double[][] out) {
        for (double[] row : out) {
            System.arraycopy(bias, 0, row, 0, bias.length);
        }
        multiplyAdd(in, wt, out);
    }

    /** out[i] += Σ_k left[i][k] · right[k] (right's rows are as long as out's). */
    static void multiplyAdd(double[][] left, double[][] right, double[][] out) {
        int inner = right.length;
        for (int i = 0; i < out.length; i++) {
            double[] o = out[i];
            double[] a = left[i];
            int k = 0;
            for (; k + 4 <= inner; k += 4) {
                addFour(o, a[k], right[k], a[k + 1], right[k + 1], a[k + 2], right[k + 2], a[k + 3], right[k + 3]);
            }
            for (; k < inner; k++) {
                addOne(o, a[k], right[k]);
            }
        }
    }

    /** Rows of out per block in {@link #forwardBlocked}: 32 rows of 64 doubles and four weight rows fit in L1. */
    private static final int BLOCK = 32;

    /**
     * {@link #forward} on the first {@code rows} rows of in and out, each output element summed in the same
     * order, with the loops of {@link #multiplyAddBlocked}.
     */
    static void forwardBlocked(double[][] in, double[][] wt, double[] bias, double[][] out, int rows) {
        for (int i = 0; i < rows; i++) {
            System.arraycopy(bias, 0, out[i], 0, bias.length);
        }
        multiplyAddBlocked(in, wt, out, rows);
    }

    /**
     * {@link #multiplyAdd} with the loops turned: for a block of output rows, each group of four rows of
     * right is added to every row of the block before the next group is read, so right streams through
     * the cache once per block instead of once per output row. Every element gets the same terms in the
     * same order, so the results are bit for bit those of multiplyAdd (measured on 32 x 64 by 64 x 64,
     * the training playground's layers: about a fifth faster). Only the first {@code rows} rows of left
     * and out are used, so work arrays can be longer than a batch.
     */
    static void multiplyAddBlocked(double[][] left, double[][] right, double[][] out, int rows) {
        multiplyAddBlocked(left, right, out, rows, 0);
    }

    /** {@link #multiplyAddBlocked} over the terms from k = from on. */
    private static void multiplyAddBlocked(double[][] left, double[][] right, double[][] out, int rows, int from) {
        int inner = right.length;
        for (int i0 = 0; i0 < rows; i0 += BLOCK) {
            int i1 = Math.min(rows, i0 + BLOCK);
            int k = from;
            for (; k + 4 <= inner; k += 4) {
                double[] r0 = right[k];
                double[] r1 = right[k + 1];
                double[] r2 = right[k + 2];
                double[] r3 = right[k + 3];
                for (int i = i0; i < i1; i++) {
                    double[] a = left[i];
                    addFour(out[i], a[k], r0, a[k + 1], r1, a[k + 2], r2, a[k + 3], r3);
                }
            }
            for (; k < inner; k++) {
                double[] r = right[k];
                for (int i = i0; i < i1; i++) {
                    addOne(out[i], left[i][k], r);
                }
            }
        }
    }

    /** addFour on a row that holds nothing yet: o = the four products' sum, o's old values unread. */
    private static void setFour(double[] o, double s0, double[] r0, double s1, double[] r1,
                                double s2, double[] r2, double s3, double[] r3) {
        for (int j = 0; j < o.length; j++) {
            o[j] = s0 * r0[j] + s1 * r1[j] + s2 * r2[j] + s3 * r3[j];
        }
    }

    private static void addFour(double[] o, double s0, double[] r0, double s1, double[] r1,
                                double s2, double[] r2, double s3, double[] r3) {
        for (int j = 0; j < o.length; j++) {
            o[j] += s0 * r0[j] + s1 * r1[j] + s2 * r2[j] + s3 * r3[j];
        }
    }

    private static void addOne(double[] o, double s, double[] r) {
        for (int j = 0; j < o.length; j++) {
            o[j] += s * r[j];
        }
    }

    /**
     * out[k] += Σ_i left[i][k] · right[i]: leftᵀ·right without building the transpose (a layer's weight
     * gradient aᵀ·δ) over the first {@code n} rows of left and right. The same axpy loop as
     * {@link #multiplyAdd}, four rows of right per pass.
     */
    static void multiplyAddTransposed(double[][] left, double[][] right, double[][] out, int n) {
        for (int k = 0; k < out.length; k++) {
            addTransposedRow(out[k], left, right, k, 0, n);
        }
    }

    /**
     * out[k] = Σ_i left[i][k] · right[i] over the first n rows: {@link #multiplyAddTransposed} into rows that
     * are overwritten, not added to, so they need not be cleared first. The same sums: the first four terms
     * are written rather than added to 0, which is the same value.
     */
    static void multiplyTransposed(double[][] left, double[][] right, double[][] out, int n) {
        if (n < 4) {
            for (double[] row : out) java.util.Arrays.fill(row, 0);
            multiplyAddTransposed(left, right, out, n);
            return;
        }
        for (int k = 0; k < out.length; k++) {
            double[] o = out[k];
            setFour(o, left[0][k], right[0], left[1][k], right[1], left[2][k], right[2], left[3][k], right[3]);
            addTransposedRow(o, left, right, k, 4, n);
        }
    }

    /** o += Σ_i left[i][k] · right[i] for i in [from, n), four rows of right per pass. */
    private static void addTransposedRow(double[] o, double[][] left, double[][] right, int k, int from, int n) {
        int i = from;
        for (; i + 4 <= n; i += 4) {
            addFour(o, left[i][k], right[i], left[i + 1][k], right[i + 1], left[i + 2][k], right[i + 2],
                    left[i + 3][k], right[i + 3]);
        }
        for (; i < n; i++) {
            addOne(o, left[i][k], right[i]);
        }
    }

    /**
     * out[i] = Σ_k left[i][k] · right[k] for the first {@code rows} rows: {@link #multiplyAddBlocked} into rows
     * that are overwritten, not added to, so they need not be cleared first (the same sums, as in
     * {@link #multiplyTransposed}).
     */
    static void multiplyBlocked(double[][] left, double[][] right, double[][] out, int rows) {
        int inner = right.length;
        if (inner < 4) {
            for (int i = 0; i < rows; i++) java.util.Arrays.fill(out[i], 0);
            multiplyAddBlocked(left, right, out, rows);
            return;
        }
        for (int i = 0; i < rows; i++) {
            double[] a = left[i];
            setFour(out[i], a[0], right[0], a[1], right[1], a[2], right[2], a[3], right[3]);
        }
        multiplyAddBlocked(left, right, out, rows, 4);
    }

    /** Writes the transpose of m into t (cols × rows), in tiles so both sides stay in cache. */
    static void transposeInto(double[][] m, double[][] t) {
        int rows = m.length;
        int cols = rows == 0 ? 0 : m[0].length;
        final int tile = 16;
        for (int r0 = 0; r0 < rows; r0 += tile) {
            int r1 = Math.min(rows, r0 + tile);
            for (int c0 = 0; c0 < cols; c0 += tile) {
                int c1 = Math.min(cols, c0 + tile);
                for (int c = c0; c < c1; c++) {
                    double[] dst = t[c];
                    for (int r = r0; r < r1; r++) dst[r] = m[r][c];
                }
            }
        }
    }

    /** The transpose of a rows × cols matrix, walked in tiles so both sides stay in cache. */
    static double[][] transpose(double[][] m) {
        int rows = m.length;
        int cols = rows == 0 ? 0 : m[0].length;
        double[][] t = new double[cols][rows];
        final int tile = 32;
        for (int r0 = 0; r0 < rows; r0 += tile) {
            int r1 = Math.min(rows, r0 + tile);
            for (int c0 = 0; c0 < cols; c0 += tile) {
                int c1 = Math.min(cols, c0 + tile);
                for (int r = r0; r < r1; r++) {
                    double[] src = m[r];
                    for (int c = c0; c < c1; c++) {
                        t[c][r] = src[c];
                    }
                }
            }
        }
        return t;
    }
}
