package org.masthead.seo.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Decimals#oneDecimal} writes what {@code String.format(Locale.ROOT, "%.1f", x)} writes. */
class DecimalsTest {
    private static void same(double value) {
        assertThat(Decimals.oneDecimal(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%.1f", value));
    }

    @Test
    void theEdgesOfRoundingAndOfTheRangeWrittenWithoutAFormatter() {
        double[] edges = {0.05, 0.15, 0.25, 0.35, 0.45, 0.95, 9.95, 99.95, 1.05, 2.675, 0.001, 0.00099, 0.04, -0.04,
            -0.05, -0.0, 0.0, 1e-4, 9_999_999.95, 1e7, -1e7, 123.45, -123.45, 59.95, 206.835, -52.25,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Math.nextDown(0.05),
            Math.nextUp(0.05), Math.nextDown(1e-3), Math.nextDown(1e7)};
        for (double d : edges) {
            same(d);
        }
        for (int i = -20_000; i <= 20_000; i++) {
            same(i / 100.0); // every figure with two decimals, x.x5 among them
            same(i / 100.0 + 0.005);
        }
    }

    @Test
    void everyFleschScoreAndDensityOfRealisticCounts() {
        Random random = new Random(22);
        for (int t = 0; t < 300_000; t++) {
            int words = 1 + random.nextInt(3000);
            int sentences = 1 + random.nextInt(Math.max(1, words / 3));
            int syllables = words + random.nextInt(2 * words + 1);
            same(Readability.of(words, sentences, syllables).score());
        }
        for (int words = 1; words <= 2000; words++) {
            for (int found = 0; found <= 60; found += 1 + words % 3) {
                same(found * 100.0 / words);
            }
        }
        for (int t = 0; t < 100_000; t++) {
            same((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(9) - 3));
        }
    }
}
