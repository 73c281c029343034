package org.numvert.ivr.yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.numvert.ivr.Problem;
import org.numvert.ivr.ScriptLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The IVR scripts in service: loads and validates them at start, reloads them when the directory
 * changes, and always holds a valid {@link ScriptLibrary} for new calls ({@link #current()}).
 *
 * <p>At start, a file that is invalid but whose last valid version was kept (in the data
 * directory) serves that version, with a warning; a file invalid with no such version makes
 * {@link #open} fail, and the service refuses to start. On reload, an invalid file keeps serving
 * the version in service; calls in progress are never affected (they keep their {@code Script}).
 * When the scripts directory does not exist, the scripts bundled in the jar serve (no reload).
 *
 * <p>Threading: {@link #current()} may be called from any thread at any time (a volatile read).
 * {@link #open} and {@link #reload()} block on file I/O: call them on a worker thread; reloads are
 * serialised, and run on the {@code numvert-ivr-watch} thread once {@link #watch()} is on.
 * Listeners run on the reloading thread and must not block.
 */
public final class IvrScripts implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IvrScripts.class);

    private final Path directory;
    private final Path keptDir;
    private final Supplier<Set<String>> extraGroups;
    private final boolean bundled;
    private final List<Consumer<ScriptLibrary>> listeners = new CopyOnWriteArrayList<>();
    private volatile ScriptLoader.Loaded loaded;
    private ScriptWatcher watcher;

    private IvrScripts(Path directory, Path keptDir, Supplier<Set<String>> extraGroups, boolean bundled) {
        this.directory = directory;
        this.keptDir = keptDir;
        this.extraGroups = extraGroups;
        this.bundled = bundled;
    }

    /**
     * Loads the scripts of {@code directory}.
     *
     * @param keptDir     where the last valid version of each file is kept across restarts
     * @param extraGroups skill groups known besides the catalogue (created in the database)
     * @throws InvalidScriptsException when a script is invalid and no previous valid version can serve
     */
    public static IvrScripts open(Path directory, Path keptDir, Supplier<Set<String>> extraGroups)
            throws InvalidScriptsException, IOException {
        boolean bundled = !Files.isDirectory(directory);
        IvrScripts scripts = new IvrScripts(directory, keptDir, extraGroups, bundled);
        if (bundled) {
            LOG.warn("IVR scripts directory {} does not exist: serving the scripts bundled in numvert (no hot reload)",
                    directory);
        }
        ScriptLoader.Loaded first = scripts.load(ScriptFiles.read(keptDir));
        if (first.library().isEmpty()) {
            throw new InvalidScriptsException(scripts.location(), first.problems());
        }
        scripts.accept(first);
        return scripts;
    }

    /** The library new calls start on. */
    public ScriptLibrary current() {
        return loaded.library().orElseThrow();
    }

    /** The last successful load: its problems, fallbacks and the groups it was checked against. */
    public ScriptLoader.Loaded lastLoad() {
        return loaded;
    }

    /** The skill groups the scripts in service were validated against. */
    public Set<String> knownGroups() {
        return loaded.knownGroups();
    }

    public Path directory() {
        return directory;
    }

    /**
     * Reads and validates the directory again; swaps the new library in when it can serve.
     *
     * @return the load, successful or not (an unsuccessful one changes nothing)
     */
    public synchronized ScriptLoader.Loaded reload() {
        ScriptLoader.Loaded next;
        try {
            next = load(loaded.served());
        } catch (IOException e) {
            LOG.error("IVR scripts in {} could not be read; the scripts in service stay: {}", location(), e.toString());
            return loaded;
        }
        if (next.library().isEmpty()) {
            LOG.error("IVR scripts in {} are invalid; the scripts in service stay:\n  {}", location(), lines(next.problems()));
            return next;
        }
        accept(next);
        listeners.forEach(listener -> listener.accept(next.library().orElseThrow()));
        return next;
    }

    /** Calls {@code listener} with each library swapped in by a reload. */
    public void onReload(Consumer<ScriptLibrary> listener) {
        listeners.add(listener);
    }

    /** Starts reloading on every change of the directory (not for bundled scripts). */
    public synchronized IvrScripts watch() throws IOException {
        if (!bundled && watcher == null) {
            watcher = ScriptWatcher.start(directory, this::reload);
            LOG.info("watching {} for IVR script changes", directory);
        }
        return this;
    }

    @Override
    public synchronized void close() throws IOException {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    private ScriptLoader.Loaded load(Map<String, String> previous) throws IOException {
        Map<String, String> sources = bundled ? ScriptFiles.readBundled() : ScriptFiles.read(directory);
        return ScriptLoader.load(location(), sources, previous, extraGroups.get());
    }

    private void accept(ScriptLoader.Loaded next) {
        loaded = next;
        if (!next.problems().isEmpty()) {
            LOG.warn("IVR scripts in {} have problems:\n  {}\n  {}", location(), lines(next.problems()),
                    String.join("\n  ", next.fallbacks()));
        }
        LOG.info("IVR scripts in service: {}", next.library().orElseThrow().versions());
        try {
            ScriptFiles.mirror(keptDir, next.served());
        } catch (IOException e) {
            LOG.error("cannot keep the valid IVR scripts in {} (a broken script may then stop the next start): {}",
                    keptDir, e.toString());
        }
    }

    private String location() {
        return bundled ? "numvert.jar!/" + ScriptFiles.BUNDLED : directory.toString();
    }

    private static String lines(List<Problem> problems) {
        return String.join("\n  ", problems.stream().map(Problem::toString).toList());
    }
}
