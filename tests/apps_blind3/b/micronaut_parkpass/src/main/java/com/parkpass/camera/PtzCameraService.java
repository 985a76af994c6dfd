package com.parkpass.camera;

import com.parkpass.domain.CameraPreset;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Moves the entrance cameras so the plate reader sees the lane. */
@Singleton
public class PtzCameraService {

    private static final Logger LOG = LoggerFactory.getLogger(PtzCameraService.class);

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface PresetRepository extends CrudRepository<CameraPreset, Long> {
    }

    private final PresetRepository presets;
    private final OnvifClient onvif;

    public PtzCameraService(PresetRepository presets, OnvifClient onvif) {
        this.presets = presets;
        this.onvif = onvif;
    }

    public void savePreset(String cameraId, short pan, short tilt, short zoom) {
        presets.save(new CameraPreset(null, cameraId, pan, tilt, zoom));
        LOG.info("saved preset for camera {}: pan={} tilt={} zoom={}", cameraId, pan, tilt, zoom);
    }

    public void recall(long presetId) {
        CameraPreset p = presets.findById(presetId).orElseThrow();
        onvif.absoluteMove(p.cameraId(), p.pan(), p.tilt(), p.zoom());
    }

    public interface OnvifClient {
        void absoluteMove(String cameraId, short pan, short tilt, short zoom);
    }
}
