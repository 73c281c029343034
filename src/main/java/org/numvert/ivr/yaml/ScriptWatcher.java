package org.numvert.ivr.yaml;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a scripts directory on its own thread ({@code numvert-ivr-watch}) and runs a reload
 * once the directory has been quiet for a moment after a change, so that an editor's save (write
 * a temporary file, rename it) or a {@code git pull} of several files gives one reload.
 */
final class ScriptWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScriptWatcher.class);
    static final Duration QUIET = Duration.ofMillis(300);

    private final WatchService service;
    private final Runnable onChange;
    private final Thread thread;

    private ScriptWatcher(WatchService service, Runnable onChange) {
        this.service = service;
        this.onChange = onChange;
        this.thread = new Thread(this::run, "numvert-ivr-watch");
        this.thread.setDaemon(true);
    }

    static ScriptWatcher start(Path dir, Runnable onChange) throws IOException {
        WatchService service = dir.getFileSystem().newWatchService();
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        ScriptWatcher watcher = new ScriptWatcher(service, onChange);
        watcher.thread.start();
        return watcher;
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = drain(key);
                for (WatchKey more = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS); more != null;
                        more = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    reload();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            LOG.debug("script watcher closed");
        }
    }

    private boolean drain(WatchKey key) {
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            relevant |= event.kind() == StandardWatchEventKinds.OVERFLOW
                    || ScriptFiles.isScriptFile(String.valueOf(event.context()));
        }
        if (!key.reset()) {
            LOG.warn("the IVR scripts directory is no longer watched (was it removed?): reloads stop");
        }
        return relevant;
    }

    private void reload() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            LOG.error("IVR script reload failed: {}", e.toString(), e);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
