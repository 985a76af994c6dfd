package com.parkpass.domain;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A saved PTZ position for the licence-plate cameras at a garage entrance. */
@MappedEntity("camera_preset")
public record CameraPreset(
        @Id @GeneratedValue Long id,
        String cameraId,
        short pan,
        short tilt,
        short zoom) {
}
