import os

DATABASE = {
    "name": os.environ.get("PG_DB", "parking"),
    "host": os.environ.get("PG_HOST", "localhost"),
    "user": os.environ.get("PG_USER", "parking"),
    "password": os.environ.get("PG_PASSWORD", ""),
}
CIO_SITE_ID = os.environ.get("CIO_SITE_ID", "")
CIO_API_KEY = os.environ.get("CIO_API_KEY", "")
CIO_TRACK_URL = "https://track.customer.io/api/v1"
ACQUIRER_URL = os.environ.get("ACQUIRER_URL", "https://acq.citypay-gw.example/v1")
PERMIT_OFFICE_URL = "http://permits.cityhall.example/api/residents"
EXPORT_BUCKET = os.environ.get("EXPORT_BUCKET", "parking-finance-exports")
LOCAL_EXPORT_DIR = os.environ.get("LOCAL_EXPORT_DIR", "/srv/parking/exports")
