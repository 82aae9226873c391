package org.geofacts.support;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Seeded random strings for the bad-input suite: ASCII, Latin, Cyrillic, CJK, emoji, controls and
 * unpaired surrogates mixed. The seed is random per run but printed, so a failing sample can be
 * replayed with {@code -Dgeofacts.seed=N}. (Written here rather than taken from a property-testing
 * library: jqwik's author asks automated agents not to use it, and this is all the suite needs.)
 */
public final class RandomStrings {

    private static final int[][] RANGES = {
            {0x20, 0x7E}, {0x00, 0x1F}, {0xA0, 0x24F}, {0x400, 0x4FF}, {0x4E00, 0x9FFF}, {0x1F300, 0x1FAFF},
            {0xD800, 0xDFFF}, {0x200B, 0x202E}, {0xFFF0, 0xFFFF}};

    private final long seed;
    private final Random random;

    public RandomStrings() {
        this(Long.getLong("geofacts.seed", new Random().nextLong()));
    }

    public RandomStrings(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        System.out.println("RandomStrings seed " + seed + " (replay with -Dgeofacts.seed=" + seed + ")");
    }

    public long seed() {
        return seed;
    }

    /** {@code count} strings of {@code minLength} to {@code maxLength} code points. */
    public List<String> strings(int count, int minLength, int maxLength) {
        return IntStream.range(0, count).mapToObj(i -> string(minLength + random.nextInt(maxLength - minLength + 1))).toList();
    }

    private String string(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int[] range = RANGES[random.nextInt(RANGES.length)];
            text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
        }
        return text.toString();
    }
}
