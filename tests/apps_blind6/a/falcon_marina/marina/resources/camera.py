"""Remote control for the harbour webcam (pan/tilt/zoom)."""
import logging

import falcon

log = logging.getLogger(__name__)


class WebcamResource:
    def __init__(self, camera):
        self.camera = camera

    def on_post(self, req, resp):
        body = req.get_media()
        pan = float(body.get("pan", 0))
        tilt = float(body.get("tilt", 0))
        self.camera.move(pan=pan, tilt=tilt)
        log.info("webcam moved pan=%.1f tilt=%.1f by session %s", pan, tilt, req.context.session_id)
        resp.status = falcon.HTTP_202
