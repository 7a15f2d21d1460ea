package org.masthead.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.masthead.document.Document;
import org.masthead.render.ArticlePage;
import org.masthead.render.ArticleViews;
import org.masthead.render.PageOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code render FILE}: prints the article's HTML page, as the preview shows it, on stdout. */
@Command(name = "render", mixinStandardHelpOptions = true, description = "Print the HTML page of an article on stdout.")
public final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The article file.")
    Path file;

    @Option(names = "--inline-assets",
            description = "Copy KaTeX's fonts and the article's local images into the page so it stands alone, for saving to disk.")
    boolean inlineAssets;

    @Option(names = "--dark", description = "Use the dark theme.")
    boolean dark;

    @Option(names = "--allow-remote-images", description = "Let the page load http(s) images.")
    boolean remoteImages;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Document doc;
        try {
            doc = Cli.open(file, err);
        } catch (Cli.Reported e) {
            return e.exitCode;
        }
        PageOptions options = (inlineAssets ? PageOptions.export() : PageOptions.preview())
                .withDarkTheme(dark)
                .withRemoteImages(remoteImages)
                .withBaseUri(folderUri(file));
        out.print(new ArticlePage(options).render(ArticleViews.of(doc)));
        out.flush();
        return 0;
    }

    private static String folderUri(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        String uri = folder.toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }
}
