package org.masthead.seo;

import java.time.Duration;

/**
 * The limits of the link, social-card and indexing checks, from {@code seo.links} and
 * {@code seo.social} of {@code .masthead.yml} ({@code docs/config.md}).
 *
 * @param cards             when the social checks judge a page: {@code auto} (a page that sets
 *                          an Open Graph or Twitter field or an image), {@code always}, {@code never}
 * @param imageMinWidth     narrowest card image; Facebook and LinkedIn show 1200 × 630 without
 *                          upscaling, X's large card 1200 × 600
 * @param imageMinHeight    lowest card image
 * @param titleMaxChars     longest card title: X cuts a card's title at 70 characters
 * @param descriptionMaxChars longest card description: X takes 200 characters
 * @param timeoutSeconds    how long {@code check --online} waits for one answer
 * @param hostIntervalMs    the least time between two requests to one host
 * @param parallelHosts     how many hosts are asked at once
 * @param cacheHours        how long an answer is kept
 */
public record LinkRules(String cards, int imageMinWidth, int imageMinHeight, int titleMaxChars,
                        int descriptionMaxChars, int timeoutSeconds, int hostIntervalMs, int parallelHosts,
                        int cacheHours) {
    public static final LinkRules DEFAULTS = new LinkRules("auto", 1200, 630, 70, 200, 10, 1000, 4, 24);

    /** The settings {@code check --online} asks with. */
    public ExternalLinkChecker.Settings online() {
        return new ExternalLinkChecker.Settings(Duration.ofSeconds(timeoutSeconds), Duration.ofMillis(hostIntervalMs),
                parallelHosts, Duration.ofHours(cacheHours));
    }
}
