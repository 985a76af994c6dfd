"""Third-party service settings for the clubhouse app.

Values come from the environment (see .env.example); nothing secret is committed.
"""
from masonite.environment import env

GATEWAY = {
    "base_url": env("GATEWAY_URL", "https://api.fairwaypay.com/v2"),
    "api_key": env("GATEWAY_API_KEY"),
    "merchant_id": env("GATEWAY_MERCHANT_ID", "GOLF-0042"),
    "timeout": 12,
}

# The county golf union handicap service still runs on its old host inside the
# union's VPN; the vendor never shipped a TLS endpoint for the v1 API.
HANDICAP = {
    "base_url": env("HANDICAP_URL", "http://handicap.countygolfunion.org.uk/api/v1"),
    "club_code": env("HANDICAP_CLUB_CODE", "HWD"),
}

RUDDERSTACK = {
    "write_key": env("RUDDER_WRITE_KEY"),
    "data_plane_url": env("RUDDER_DATA_PLANE", "https://hosted.rudderlabs.com"),
}

SALESFORCE = {
    "username": env("SF_USERNAME"),
    "password": env("SF_PASSWORD"),
    "security_token": env("SF_TOKEN"),
    "domain": env("SF_DOMAIN", "login"),
}

PRO_SHOP = {
    "till_host": env("PRO_SHOP_TILL", "https://till.hollowwood.golf"),
    "export_dir": env("SETTLEMENT_EXPORT_DIR", "storage/exports"),
}
