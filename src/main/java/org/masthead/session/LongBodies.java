package org.masthead.session;

import org.masthead.document.Document;
import org.masthead.document.DocumentException;

/**
 * What the checks and the journal get of an article whose body is a long front-matter field (a
 * 1 MB {@code answer}): encoding that text re-parses the whole front matter, which takes a core
 * for a few hundred ms, so neither waits for it.
 */
final class LongBodies {
    // a body field in the front matter longer than this is costly to encode
    static final int LONG_BODY_FIELD = 200_000;

    private LongBodies() {
    }

    /** Whether encoding the editor's text means re-parsing a front matter that holds over {@link #LONG_BODY_FIELD} characters. */
    static boolean costly(ArticleSession session) {
        return session.texts()[0].length() > LONG_BODY_FIELD && session.current().bodyField().isFrontMatterField();
    }

    /**
     * The document for the SEO checks. A costly body is not encoded for them: they get the form's
     * edits with the body as last encoded. That changes no finding: the checks read every field
     * but the body, and a body field is one physical line, so no line number moves with it.
     */
    static Document forChecks(ArticleSession session) throws DocumentException {
        return costly(session) ? session.fields() : session.snapshot();
    }

    /**
     * The state for the journal. A costly body is not encoded for it: the journal keeps the text
     * beside the document, and encodes it only to restore it.
     */
    static ArticleSession.JournalState forJournal(ArticleSession session) throws DocumentException {
        if (!costly(session)) {
            return new ArticleSession.JournalState(session.snapshot(), null);
        }
        Document doc = session.fields();
        TypedText[] texts = session.texts();
        // joined outside the session's lock: the render thread must not wait for it in current()
        String typed = texts[0].get();
        boolean encoded = texts[1] != null && typed.equals(texts[1].get());
        return new ArticleSession.JournalState(doc, encoded ? null : typed);
    }
}
