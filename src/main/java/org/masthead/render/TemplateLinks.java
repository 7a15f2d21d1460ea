package org.masthead.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Links whose address a template computes, {@code [Install]({{< ref "install.md" >}})} or
 * {@code [Post]({% post_url 2024-01-02-hello %})}, and every other address, put through the
 * site's {@link SiteLinks}. CommonMark does not take a destination with spaces, so without the
 * processor these would be text with a chip in it.
 */
final class TemplateLinks implements LinkProcessor {
    private static final int MAX_LENGTH = 1000;
    private static final Pattern QUOTED = Pattern.compile("[\"']([^\"']*)[\"']");

    @Override
    public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
        if (info.destination() != null || info.label() != null) {
            return LinkResult.none();
        }
        scanner.setPosition(info.afterTextBracket());
        if (!scanner.next('(') || scanner.peek() != '{') {
            return LinkResult.none();
        }
        StringBuilder destination = new StringBuilder();
        while (scanner.hasNext() && scanner.peek() != ')' && scanner.peek() != '\n' && destination.length() < MAX_LENGTH) {
            destination.append(scanner.peek());
            scanner.next();
        }
        if (!scanner.next(')')) {
            return LinkResult.none();
        }
        TemplateTag tag = TemplateTag.at(destination, 0);
        if (tag == null) {
            return LinkResult.none();
        }
        Position after = scanner.position();
        String written = destination.toString().strip();
        return LinkResult.wrapTextIn(info.marker() != null ? new Image(written, null) : new Link(written, null), after);
    }

    /** Puts every link and image address of {@code document} through {@code links}. */
    static void resolve(org.commonmark.node.Node document, SiteLinks links) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                link.setDestination(linkAddress(link.getDestination(), links));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                String destination = image.getDestination();
                String computed = computed(destination, links);
                image.setDestination(computed != null ? computed : destination.isEmpty() ? "" : links.image(destination));
                visitChildren(image);
            }
        });
    }

    private static String linkAddress(String destination, SiteLinks links) {
        if (destination.isEmpty() || destination.startsWith("#")) {
            return destination;
        }
        String computed = computed(destination, links);
        return computed != null ? computed : links.link(destination);
    }

    /** The address a template tag at the start of {@code destination} gives, "" when unknown, null when there is none. */
    private static String computed(String destination, SiteLinks links) {
        TemplateTag tag = TemplateTag.at(destination, 0);
        if (tag == null || tag.syntax() == TemplateSyntax.MDX) {
            return null;
        }
        String rest = destination.substring(tag.end()).strip();
        String name = tag.name();
        String argument = unquoted(tag.args());
        String result;
        if (tag.syntax() == TemplateSyntax.OUTPUT) {
            // {{ site.baseurl }}/about, {{ "/about" | relative_url }}
            Matcher quoted = QUOTED.matcher(name);
            if (name.contains("baseurl") || name.contains("site.url") || name.contains("base_url")) {
                result = links.tagLink("baseurl", rest);
                rest = "";
            } else if (quoted.lookingAt() && (name.contains("relative_url") || name.contains("absolute_url") || name.contains("url"))) {
                result = links.tagLink("baseurl", quoted.group(1));
            } else {
                result = null;
            }
        } else {
            result = links.tagLink(name, argument);
        }
        return result == null ? "" : result + rest;
    }

    private static String unquoted(String args) {
        Matcher m = QUOTED.matcher(args);
        if (m.lookingAt()) {
            return m.group(1);
        }
        int space = args.indexOf(' ');
        return space < 0 ? args : args.substring(0, space);
    }
}
