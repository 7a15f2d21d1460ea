package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.masthead.document.DocumentException;

/** seo.links and seo.social in .masthead.yml: the limits of the link, social and indexing checks. */
class LinkRulesConfigTest {
    @Test
    void defaultsAreTheDocumentedOnes() throws Exception {
        LinkRules l = SeoConfig.parse(".masthead.yml", "seo:\n  title_min_chars: 10\n").links();
        assertThat(l).isEqualTo(LinkRules.DEFAULTS);
        assertThat(l.online()).isEqualTo(new ExternalLinkChecker.Settings(Duration.ofSeconds(10), Duration.ofSeconds(1),
                4, Duration.ofDays(1)));
        assertThat(l.imageMinWidth()).isEqualTo(1200);
        assertThat(l.imageMinHeight()).isEqualTo(630);
    }

    @Test
    void everyKeyIsRead() throws Exception {
        LinkRules l = SeoConfig.parse(".masthead.yml", """
                seo:
                  links:
                    timeout_seconds: 3
                    host_interval_ms: 2500
                    parallel_hosts: 2
                    cache_hours: 6
                  social:
                    cards: Always
                    image_min_width: 600
                    image_min_height: 315
                    title_max_chars: 60
                    description_max_chars: 150
                """).links();
        assertThat(l).isEqualTo(new LinkRules("always", 600, 315, 60, 150, 3, 2500, 2, 6));
    }

    @Test
    void mistakesNameTheFileLineAndWhatToWrite() {
        assertThatThrownBy(() -> SeoConfig.parse(".masthead.yml", "seo:\n  social:\n    cards: sometimes\n"))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining(".masthead.yml").hasMessageContaining("3:")
                .hasMessageContaining("seo.social.cards is 'sometimes'").hasMessageContaining("always or never");
        assertThatThrownBy(() -> SeoConfig.parse(".masthead.yml", "seo:\n  links:\n    timeout: 3\n"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("timeout");
        assertThatThrownBy(() -> SeoConfig.parse(".masthead.yml", "seo:\n  disabled: [link-orphans]\n"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("link-orphans");
    }
}
