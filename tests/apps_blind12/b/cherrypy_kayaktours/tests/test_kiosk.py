import json

import cherrypy
from cherrypy.test import helper

from skerryline.app import Root


class KioskTest(helper.CPWebCase):
    @staticmethod
    def setup_server():
        cherrypy.tree.mount(Root(), "/api", {"/": {"request.dispatch": cherrypy.dispatch.MethodDispatcher()}})

    def test_upload_masks_in_response(self):
        body = json.dumps({"sales": [{"pan": "TESTPAN-0001", "exp": "09/28", "cvc": "000", "amount": "45.00"}]})
        self.getPage("/api/kiosk/K-WEST", method="POST", body=body,
                     headers=[("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        self.assertStatus(200)
        self.assertInBody("stored")
