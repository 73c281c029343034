/**
 * The IVR scripts as files: YAML reading with positions (SnakeYAML's composer, no object
 * construction), loading a scripts directory into a {@link org.numvert.ivr.ScriptLibrary} with
 * per-file fallback to the previous valid version, and hot reload
 * ({@link org.numvert.ivr.yaml.IvrScripts}, watched on the {@code numvert-ivr-watch} thread).
 * Everything here blocks on file I/O: call it on worker threads.
 */
package org.numvert.ivr.yaml;
