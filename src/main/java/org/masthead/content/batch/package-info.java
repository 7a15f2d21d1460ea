/**
 * Changes to many articles at once, planned as a {@link org.masthead.content.batch.Batch} of
 * {@link org.masthead.content.batch.FileChange}s, previewed as diffs and applied all-or-nothing
 * through a journal, so that a crash leaves every file wholly old or wholly new.
 */
package org.masthead.content.batch;
