package org.numvert.ivr.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads and writes the files of a scripts directory as name → content maps: the scripts
 * directory itself, the copy bundled in the jar (used when the directory does not exist), and
 * the last valid versions kept in the data directory. Blocking: call on a worker thread.
 */
public final class ScriptFiles {
    /** Where the build puts a copy of {@code ivr-scripts/} on the class path. */
    static final String BUNDLED = "ivr-scripts";

    private ScriptFiles() {
    }

    static boolean isScriptFile(String name) {
        return name.endsWith(".yaml") && !name.startsWith(".");
    }

    /** The {@code .yaml} files of {@code dir} (not its sub-directories); empty when it does not exist. */
    public static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.toList()) {
                String name = file.getFileName().toString();
                if (isScriptFile(name) && Files.isRegularFile(file)) {
                    files.put(name, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    /** The scripts bundled in the jar (a copy of {@code ivr-scripts/} at build time). */
    public static Map<String, String> readBundled() throws IOException {
        URL url = ScriptFiles.class.getClassLoader().getResource(BUNDLED);
        if (url == null) {
            return new TreeMap<>();
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return read(Path.of(uri));
            }
            try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                return readEntries(fs.getPath(BUNDLED));
            } catch (FileSystemAlreadyExistsException e) {
                return readEntries(FileSystems.getFileSystem(uri).getPath(BUNDLED));
            }
        } catch (URISyntaxException e) {
            throw new IOException("bad class path location " + url, e);
        }
    }

    private static Map<String, String> readEntries(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.toList()) {
                String name = file.getFileName().toString().replace("/", "");
                if (isScriptFile(name)) {
                    try (InputStream in = Files.newInputStream(file)) {
                        files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return files;
    }

    /**
     * Makes {@code dir} hold exactly {@code files}: changed files are replaced atomically (a crash
     * leaves the old or the new content, never half), files no longer listed are removed.
     */
    public static void mirror(Path dir, Map<String, String> files) throws IOException {
        Files.createDirectories(dir);
        Map<String, String> present = read(dir);
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!file.getValue().equals(present.get(file.getKey()))) {
                Path temp = dir.resolve("." + file.getKey() + ".tmp");
                Files.writeString(temp, file.getValue(), StandardCharsets.UTF_8);
                Files.move(temp, dir.resolve(file.getKey()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        }
        for (String name : present.keySet()) {
            if (!files.containsKey(name)) {
                Files.delete(dir.resolve(name));
            }
        }
    }
}
