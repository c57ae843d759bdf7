package satlab.engine;

/**
 * Bounds on what one evaluation may take. The engine faces untrusted input over
 * SSH, so hitting a bound must be a clear error, never a StackOverflowError,
 * OutOfMemoryError or a hang.
 */
public record Limits(int maxSourceLength, int maxDepth, int maxVectorLength, long maxElementsPerRun) {
    public static final Limits DEFAULT = new Limits(10_000, 200, 1_000_000, 20_000_000L);
}
