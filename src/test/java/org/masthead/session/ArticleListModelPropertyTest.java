package org.masthead.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.masthead.content.ContentIndex;
import org.masthead.content.IndexEntry;

/**
 * Random storms of creates, edits, breaks, deletes and renames, refreshed in random batches while
 * the list is re-sorted and re-filtered: the rows always end as a fresh scan of the folder shows
 * them, in the chosen order and filter, and the chosen article stays chosen.
 */
class ArticleListModelPropertyTest {
    private static final List<String> NAMES = List.of("a.md", "b.md", "c.markdown", "d.md", "e.md", "f.md",
            "g.md", "h.md", "sub/i.md", "sub/j.md", "sub/deep/k.md", "l.md");
    private static final List<String> TITLES = List.of("Alpha", "alpha", "Beta", "Gamma ray", "Delta", "", "Zeta");
    private static final List<String> SUBJECTS = List.of("Physics", "Biology", "");
    private static final List<String> QUERIES = List.of("", "a", "alpha", "PHYSICS", ".md", "sub", "zzz", "b.md");
    private static final List<Function<ArticleItem, String>> COLUMNS = List.of(
            ArticleItem::label, ArticleItem::subject, ArticleItem::date, ArticleItem::id, ArticleItem::fileName);

    sealed interface Step permits Write, Break, Delete, Rename, Refresh, Sort, Filter {
    }

    record Write(String name, String title, String subject) implements Step {
    }

    record Break(String name) implements Step {
    }

    record Delete(String name) implements Step {
    }

    record Rename(String from, String to) implements Step {
    }

    /** The watcher's quiet time ends: the files touched since the last one are re-read as one batch. */
    record Refresh() implements Step {
    }

    record Sort(int column, boolean ascending) implements Step {
    }

    record Filter(String query) implements Step {
    }

    @Property(tries = 150)
    void theListConvergesToAFreshScanAndTheChosenArticleStaysChosen(
            @ForAll("initial") List<Write> initial, @ForAll("storms") List<Step> storm, @ForAll("picks") int pick)
            throws Exception {
        Path dir = Files.createTempDirectory("masthead-list-property").toAbsolutePath().normalize();
        try {
            for (Write w : initial) {
                apply(dir, w);
            }
            ContentIndex index = new ContentIndex(dir);
            index.loadAndWait();
            List<ArticleListModel.View> views = new ArrayList<>();
            ArticleListModel model = new ArticleListModel(Runnable::run, views::add);
            model.update(index.entries().stream().map(e -> ArticleItem.of(dir, e)).toList(), List.of());
            index.addListener(changes -> {
                List<ArticleItem> changed = Stream.concat(changes.added().stream(), changes.updated().stream())
                        .map(e -> ArticleItem.of(dir, e)).toList();
                model.update(changed, changes.removed().stream().map(dir::resolve).toList());
            });
            List<IndexEntry> start = index.entries();
            Path chosen = start.isEmpty() ? null : dir.resolve(start.get(pick % start.size()).path());
            model.select(chosen);

            Comparator<ArticleItem> order = ArticleListModel.BY_TITLE;
            String query = "";
            Set<Path> touched = new LinkedHashSet<>();
            for (Step step : storm) {
                if (step instanceof Sort sort) {
                    order = column(sort.column(), sort.ascending());
                    model.setOrder(order);
                } else if (step instanceof Filter filter) {
                    query = filter.query();
                    model.setQuery(query);
                } else if (step instanceof Refresh) {
                    index.refresh(List.copyOf(touched));
                    touched.clear();
                } else {
                    touched.addAll(apply(dir, step));
                }
                assertThat(model.selected()).isEqualTo(chosen);
            }
            index.refresh(List.copyOf(touched));

            ContentIndex fresh = new ContentIndex(dir);
            fresh.loadAndWait();
            String lower = query.strip().toLowerCase(Locale.ROOT);
            List<ArticleItem> expected = fresh.entries().stream().map(e -> ArticleItem.of(dir, e))
                    .filter(item -> item.matches(lower))
                    .sorted(order.thenComparing(ArticleItem::path)).toList();
            ArticleListModel.View last = views.get(views.size() - 1);
            assertThat(last.version()).isEqualTo(model.version());
            assertThat(last.rows()).containsExactlyElementsOf(expected);
            assertThat(last.total()).isEqualTo(fresh.counts().total());
            assertThat(last.problems()).isEqualTo(fresh.counts().problems());
            assertThat(last.selected()).isEqualTo(chosen);
            int row = last.selectedIndex();
            if (expected.stream().anyMatch(item -> item.path().equals(chosen))) {
                assertThat(last.rows().get(row).path()).isEqualTo(chosen);
            } else {
                assertThat(row).isEqualTo(-1);
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static Comparator<ArticleItem> column(int index, boolean ascending) {
        Comparator<ArticleItem> one = Comparator.comparing(COLUMNS.get(index), Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        return ascending ? one : one.reversed();
    }

    /** Changes the folder as the step says; returns the paths a watcher would have reported. */
    private static List<Path> apply(Path dir, Step step) throws IOException {
        if (step instanceof Write w) {
            Path file = dir.resolve(w.name());
            Files.createDirectories(file.getParent());
            String subject = w.subject().isEmpty() ? "" : "subject: " + w.subject() + "\n";
            Files.writeString(file, "---\nid: " + Math.abs(w.name().hashCode() % 1000) + "\ntitle: '" + w.title() + "'\n"
                    + subject + "---\nBody of " + w.name() + "\n", StandardCharsets.UTF_8);
            return List.of(file);
        }
        if (step instanceof Break b) {
            Path file = dir.resolve(b.name());
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\ntitle: never closed\n", StandardCharsets.UTF_8);
            return List.of(file);
        }
        if (step instanceof Delete d) {
            Files.deleteIfExists(dir.resolve(d.name()));
            return List.of(dir.resolve(d.name()));
        }
        Rename r = (Rename) step;
        Path from = dir.resolve(r.from());
        Path to = dir.resolve(r.to());
        if (!Files.exists(from) || from.equals(to)) {
            return List.of();
        }
        Files.createDirectories(to.getParent());
        Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return List.of(from, to);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Provide
    Arbitrary<List<Write>> initial() {
        return write().list().ofMaxSize(10);
    }

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 100);
    }

    @Provide
    Arbitrary<List<Step>> storms() {
        Arbitrary<String> names = Arbitraries.of(NAMES);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, write()),
                net.jqwik.api.Tuple.of(1, names.map(Break::new)),
                net.jqwik.api.Tuple.of(2, names.map(Delete::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(names, names).as(Rename::new)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(new Refresh())),
                net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, COLUMNS.size() - 1),
                        Arbitraries.of(true, false)).as(Sort::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(QUERIES).map(Filter::new)))
                .map(step -> (Step) step).list().ofMaxSize(30);
    }

    private static Arbitrary<Write> write() {
        return Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of(TITLES), Arbitraries.of(SUBJECTS)).as(Write::new);
    }
}
