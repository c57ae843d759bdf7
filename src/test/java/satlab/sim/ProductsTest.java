package satlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import satlab.engine.Rng;

/**
 * The Vector API's products equal Dense's to the last digits, for shapes that do and do not fill its tiles
 * (four rows by four vectors), and a JVM without the module gets Dense's.
 */
class ProductsTest {

    private static final Products VECTOR = Products.choose(true);

    @Test
    void theUnitTestsRunWithTheVectorApiAsTheLabServerDoes() {
        // The build's argLine resolves the module (as the launcher does for satlab serve); without it the
        // comparisons below would compare Dense with itself.
        assertThat(VECTOR).isInstanceOf(VectorProducts.class);
        assertThat(Products.best()).isInstanceOf(VectorProducts.class);
    }

    @Test
    void withoutTheModuleItIsDense() {
        assertThat(Products.choose(false)).isSameAs(Products.JAVA);
    }

    @ParameterizedTest(name = "{0} rows, {1} inner, {2} columns")
    @CsvSource({"32, 64, 64", "32, 2, 64", "7, 5, 13", "4, 64, 3", "1, 1, 1", "250, 64, 64", "33, 17, 40", "9, 64, 100"})
    void everyProductIsDensesToTheLastDigits(int rows, int inner, int cols) {
        Rng rng = new Rng(rows * 1000L + inner * 10L + cols);
        double[][] a = random(rng, rows, inner);
        double[][] w = random(rng, inner, cols);
        double[] bias = random(rng, 1, cols)[0];
        check(rows, cols, (p, out) -> p.forward(a, w, bias, out, rows), a, w, inner);
        // aᵀ·b over the rows: a is rows × inner, b rows × cols, out inner × cols.
        double[][] b = random(rng, rows, cols);
        check(inner, cols, (p, out) -> p.transposedTimes(a, b, out, rows), a, b, rows);
        check(rows, cols, (p, out) -> p.times(a, w, out, rows), a, w, inner);
    }

    private interface Product {
        void into(Products p, double[][] out);
    }

    private static void check(int outRows, int outCols, Product product, double[][] x, double[][] y, int terms) {
        double[][] dense = stale(outRows, outCols);
        double[][] vector = stale(outRows, outCols);
        product.into(Products.JAVA, dense);
        product.into(VECTOR, vector);
        for (int r = 0; r < outRows; r++) {
            for (int j = 0; j < outCols; j++) {
                // Each sum has `terms` products of size up to |x|·|y|; fma rounds each step once, not twice.
                assertThat(vector[r][j]).as("[%d][%d]", r, j).isCloseTo(dense[r][j], within(1e-14 * terms * 16));
            }
        }
    }

    /** Rows full of a value neither product may leave behind. */
    private static double[][] stale(int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) java.util.Arrays.fill(row, 1e9);
        return m;
    }

    private static double[][] random(Rng rng, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) for (int j = 0; j < cols; j++) row[j] = rng.nextGaussian();
        return m;
    }
}
