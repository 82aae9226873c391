package org.geofacts.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.geofacts.bundle.BundleImporter;
import org.geofacts.bundle.BundleRejectedException;
import org.geofacts.bundle.FactBundle;
import org.geofacts.bundle.ImportReport;
import org.geofacts.model.Fingerprint;
import org.geofacts.writes.WriteSession;

/**
 * Loads the bundled datasets at startup. Each is imported only when it is absent or its checksum
 * (facts file plus document text) changed, so a restart with unchanged data costs one query.
 */
@ApplicationScoped
public class DatasetLoader {

    private static final Logger LOG = Logger.getLogger(DatasetLoader.class);
    /** How long a starting instance waits for another one's import: far more than importing a bundle takes. */
    private static final Duration IMPORT_PATIENCE = Duration.ofMinutes(2);

    private final BundleImporter importer;
    private final DatasetRepository datasets;
    private final WriteSession writes;
    private final ObjectMapper mapper;
    private final List<String> bundles;
    private final boolean enabled;

    public DatasetLoader(BundleImporter importer, DatasetRepository datasets, WriteSession writes, ObjectMapper mapper,
            @ConfigProperty(name = "geofacts.dataset.bundles") List<String> bundles,
            @ConfigProperty(name = "geofacts.dataset.load-at-start", defaultValue = "true") boolean enabled) {
        this.importer = importer;
        this.datasets = datasets;
        this.writes = writes;
        this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.bundles = bundles;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            bundles.forEach(this::loadAtStart);
        }
    }

    /**
     * A bundle that no longer fits the stored data (it clashes with what curators wrote, say) stops
     * the first load, but not a reload: the service then keeps serving the version loaded before.
     */
    void loadAtStart(String bundlePath) {
        try {
            load(bundlePath);
        } catch (BundleRejectedException e) {
            // Asked only on failure: a start whose load succeeds pays no extra query.
            if (!QuarkusTransaction.requiringNew().call(() -> datasets.isKnown(bundlePath))) {
                throw e;
            }
            LOG.errorf("dataset %s changed but was not reloaded; the version loaded before stays. Problems: %s", bundlePath,
                    e.problems().stream().map(p -> p.pointer() + ": " + p.message()).toList());
        }
    }

    /**
     * Loads one bundle from the class path, e.g. {@code datasets/ru-kp-treaty-2024/facts.json}.
     *
     * @return the import report, or null when the stored checksum shows nothing changed
     */
    @Transactional
    public ImportReport load(String bundlePath) {
        byte[] factsBytes = read(bundlePath);
        String folder = bundlePath.substring(0, bundlePath.lastIndexOf('/') + 1);
        byte[] textBytes = read(folder + sourceFile(bundlePath, factsBytes));
        String checksum = Fingerprint.sha256(concat(factsBytes, textBytes));
        if (unchanged(bundlePath, checksum)) {
            return null;
        }
        FactBundle bundle = parse(bundlePath, factsBytes);
        // Checked again under the write lock: of instances starting together on a new database, one imports
        // and the others wait here, then find the dataset loaded. A warm start never takes the lock.
        writes.beginWaiting("dataset:" + bundlePath, IMPORT_PATIENCE);
        if (unchanged(bundlePath, checksum)) {
            return null;
        }
        ImportReport report = importer.reloadDataset(bundle, new String(textBytes, StandardCharsets.UTF_8), "dataset:" + bundlePath);
        datasets.markLoaded(bundlePath, checksum);
        LOG.infof("dataset %s loaded into document %s: %s", bundlePath, report.documentId(), report.counts());
        return report;
    }

    private boolean unchanged(String bundlePath, String checksum) {
        if (!datasets.isLoaded(bundlePath, checksum)) {
            return false;
        }
        LOG.infof("dataset %s unchanged (sha256 %s), not reloaded", bundlePath, checksum.substring(0, 12));
        return true;
    }

    /**
     * The document text's file, named in the bundle. Read from the JSON tree: binding the whole bundle
     * to records (deserializers built for every kind) is only needed when the checksum shows a change,
     * and skipping it took 30-50 ms off a warm start here.
     */
    private String sourceFile(String path, byte[] bytes) {
        try {
            return mapper.readTree(bytes).path("document").path("source_file").asText("document.txt");
        } catch (IOException e) {
            throw notABundle(path, e);
        }
    }

    private FactBundle parse(String path, byte[] bytes) {
        try {
            return mapper.readValue(bytes, FactBundle.class);
        } catch (IOException e) {
            throw notABundle(path, e);
        }
    }

    private static IllegalStateException notABundle(String path, IOException e) {
        return new IllegalStateException("bundled dataset " + path + " is not a valid fact bundle: " + e.getMessage(), e);
    }

    private static byte[] read(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled dataset file not found on the class path: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length + 1];
        System.arraycopy(a, 0, both, 0, a.length);
        both[a.length] = 0;
        System.arraycopy(b, 0, both, a.length + 1, b.length);
        return both;
    }
}
