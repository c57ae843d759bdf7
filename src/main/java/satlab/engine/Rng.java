package satlab.engine;

/**
 * A seeded random generator whose sequence is part of satlab, not of the JVM:
 * SplitMix64 for uniform bits and Box–Muller for normals. The same seed gives the
 * same numbers on every JVM and machine, so a learner's randomised quiz is the same
 * when they resume it, and an instructor can reproduce it with --seed.
 */
public final class Rng {
    private long state;
    private double spareNormal;
    private boolean hasSpare;

    public Rng(long seed) {
        this.state = seed;
    }

    /** Mixes several parts (learner, lesson, quiz index) into one well-spread seed. */
    public static long seedOf(Object... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (Object part : parts) {
            String s = String.valueOf(part);
            for (int i = 0; i < s.length(); i++) {
                h = mix(h ^ s.charAt(i));
            }
            h = mix(h ^ 0xFF);
        }
        return h;
    }

    public long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    /** Standard normal, N(0, 1). */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareNormal;
        }
        double u1;
        do {
            u1 = nextDouble();
        } while (u1 == 0.0);
        double u2 = nextDouble();
        double r = Math.sqrt(-2.0 * Math.log(u1));
        double theta = 2.0 * Math.PI * u2;
        spareNormal = r * Math.sin(theta);
        hasSpare = true;
        return r * Math.cos(theta);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
