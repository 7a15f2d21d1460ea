package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An export is a preview with its assets inside it, and a page keeps the options it was made with. */
class PageOptionsTest {
    @Test
    void aPreviewWithInlineAssetsIsAnExport() {
        assertThat(PageOptions.preview().withInlineAssets(true)).isEqualTo(PageOptions.export());
        assertThat(PageOptions.export().withInlineAssets(false)).isEqualTo(PageOptions.preview());
    }

    @Test
    void aPageKeepsItsOptions() {
        PageOptions dark = PageOptions.preview().withDarkTheme(true).withBlockMarks(true);
        assertThat(new ArticlePage(dark).options()).isEqualTo(dark);
    }
}
