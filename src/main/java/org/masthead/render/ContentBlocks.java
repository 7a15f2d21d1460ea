package org.masthead.render;

import java.util.List;

/**
 * The inside of an article page's {@code #content}, split at its block marks: what comes before
 * the body's first block (title, date, question), the body's top-level blocks as HTML without
 * their marks, and what follows the last (related articles). Joined with a
 * {@link PageOptions#BLOCK_MARK} before each block and one after the last, they are
 * {@link ArticlePage#renderContent}. A live preview renders after every keystroke; keeping the
 * parts apart spares it joining, copying and splitting megabytes of HTML each time.
 */
public record ContentBlocks(String head, List<String> blocks, String tail) {
    public ContentBlocks {
        blocks = List.copyOf(blocks);
    }
}
