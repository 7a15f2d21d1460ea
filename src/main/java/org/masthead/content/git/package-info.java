/**
 * Git for a content folder: the system {@code git} run as a process ({@link org.masthead.content.git.SystemGit}),
 * and the repository set-up that makes git merge articles with Masthead's merge driver
 * ({@link org.masthead.content.git.GitSetup}). The merge itself is plain content logic,
 * {@link org.masthead.content.ArticleMergeDriver}.
 */
package org.masthead.content.git;
