package satlab.engine;

/**
 * Bounds on what one evaluation may take. The engine faces untrusted input over
 * SSH, so hitting a bound must be a clear error, never a StackOverflowError,
 * OutOfMemoryError or a hang.
 */
public record Limits(int maxSourceLength, int maxDepth, int maxVectorLength, long maxElementsPerRun,
        long maxStoredElements) {
    /**
     * Variables a session keeps may hold 2,000,000 numbers (16 MB): two of the largest
     * vectors. A lab server runs one session per learner, each typing what it likes.
     */
    public static final Limits DEFAULT = new Limits(10_000, 200, 1_000_000, 20_000_000L, 2_000_000L);
}
