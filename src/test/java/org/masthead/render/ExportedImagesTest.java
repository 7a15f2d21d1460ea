package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which images an exported page carries inside it, as data URLs, and which keep their address. */
class ExportedImagesTest {
    @TempDir
    Path folder;

    private String export(String markdown) {
        return new ArticlePage(PageOptions.export().withBaseUri(folder.toUri().toString())).renderContent(ArticleView.ofMarkdown(markdown));
    }

    @Test
    void anImageOfAtMostTheSizeLimitIsEmbeddedAndALargerOneIsNot() throws Exception {
        byte[] bytes = new byte[(int) LocalImages.MAX_BYTES];
        Arrays.fill(bytes, (byte) 'a');
        Files.write(folder.resolve("limit.png"), bytes);
        Files.write(folder.resolve("over.png"), Arrays.copyOf(bytes, bytes.length + 1));
        String html = export("![l](limit.png) ![o](over.png)");
        assertThat(html).contains("<img src=\"data:image/png;base64,YWFh").contains("<img src=\"over.png\" alt=\"o\"");
    }

    @Test
    void dataUrlsAndAddressesWithAQueryKeepTheirAddress() throws Exception {
        Files.write(folder.resolve("pic.png"), new byte[] {1, 2, 3});
        String html = export("![d](data:image/png;base64,iVBORw0KGgo=) ![q](pic.png?v=2)");
        assertThat(html).contains("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"d\"", "<img src=\"pic.png?v=2\" alt=\"q\"");
    }
}
