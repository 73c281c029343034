package org.numvert.faq;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads articles from a {@code kb/} directory (every {@code *.md} file below it, README files
 * excepted) or from a JSON-lines file ({@code *.jsonl}); writes them back as Markdown files.
 */
public final class KbFiles {
    private KbFiles() {
    }

    /** What was read: the articles, and the entries that are not (with the reason). */
    public record Read(List<ArticleSource> sources, List<SourceProblem> problems) {
    }

    public static Read read(Path path) throws IOException {
        List<ArticleSource> sources = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        if (Files.isDirectory(path)) {
            readDirectory(path, sources, problems);
        } else if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
            problems.addAll(JsonLinesArticles.read(path, sources::add));
        } else {
            throw new IOException(path + " is neither a directory of Markdown files nor a .jsonl file");
        }
        duplicates(sources, problems);
        return new Read(sources, problems);
    }

    /** Writes one Markdown file per article into {@code dir}; returns the number written. */
    public static int export(List<StoredArticle> articles, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Integer> used = new HashMap<>();
        for (StoredArticle stored : articles) {
            String base = fileName(stored.id());
            int n = used.merge(base, 1, Integer::sum);
            String name = n == 1 ? base + ".md" : base + "-" + n + ".md";
            Files.writeString(dir.resolve(name), MarkdownArticles.format(stored.article()), StandardCharsets.UTF_8);
        }
        return articles.size();
    }

    /** A file name for an id: letters, digits, dot, dash and underscore kept, the rest '_'. */
    static String fileName(String id) {
        String name = id.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.startsWith(".") ? "_" + name.substring(1) : name;
    }

    private static void readDirectory(Path dir, List<ArticleSource> sources, List<SourceProblem> problems)
            throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(KbFiles::isArticleFile).sorted().toList();
        }
        for (Path file : files) {
            String origin = dir.relativize(file).toString();
            String name = file.getFileName().toString();
            List<String> ignored = new ArrayList<>();
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                sources.add(MarkdownArticles.parse(text, name.substring(0, name.length() - 3), origin, ignored));
                ignored.forEach(key -> problems.add(new SourceProblem(origin, "key '" + key + "' ignored")));
            } catch (IllegalArgumentException | IOException e) {
                problems.add(new SourceProblem(origin, e.getMessage()));
            }
        }
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") && !name.startsWith("readme");
    }

    private static void duplicates(List<ArticleSource> sources, List<SourceProblem> problems) {
        Map<String, String> seen = new HashMap<>();
        sources.removeIf(source -> {
            String first = seen.putIfAbsent(source.article().id(), source.origin());
            if (first != null) {
                problems.add(new SourceProblem(source.origin(), "id '" + source.article().id()
                        + "' already read from " + first + "; ignored"));
                return true;
            }
            return false;
        });
    }
}
