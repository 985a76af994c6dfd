"""compliance-scanner: evidence collection (crawl, code, policy) for privacy-policy compliance audits."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("compliance-scanner")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
