"""A loopback web host that plays many sites at once, over HTTP and HTTPS, for the tests and the demo.
Each folder under the root is a host name (`shop.test/`, `www.google-analytics.com/`); a browser started
with --resolve '*:80=127.0.0.1:H' '*:443=127.0.0.1:S' reaches every one of them by its real name, which is
the only way to play vendors that Chromium's HSTS preload list forces onto HTTPS. A host's optional
`_routes.toml` adds what static files cannot say: status codes, headers (Set-Cookie, HSTS, redirects),
tracking pixels and slow responses. A WebSocket upgrade on any path is accepted and every text frame is
echoed back. Every request (and WebSocket frame, as method WEBSOCKET) is logged so tests can assert what a
third party received.
"""

from __future__ import annotations

import base64
import datetime as dt
import fnmatch
import hashlib
import mimetypes
import ssl
import tempfile
import threading
import time
import tomllib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

_WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455, section 1.3
PIXEL_GIF = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")


@dataclass(frozen=True)
class Hit:
    """One request the host received."""

    scheme: str
    method: str
    host: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes


@dataclass
class _Route:
    path: str
    scheme: str | None = None
    method: str | None = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    set_cookie: list[str] = field(default_factory=list)
    body: str | None = None
    pixel: bool = False
    delay_ms: int = 0
    content_type: str | None = None


def _load_routes(host_dir: Path) -> list[_Route]:
    path = host_dir / "_routes.toml"
    if not path.is_file():
        return []
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [_Route(**entry) for entry in data.get("route", [])]


def _self_signed(directory: Path) -> tuple[Path, Path]:
    """A throwaway certificate for localhost; browsers accept it only with --insecure, as intended."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "compliance-scanner test host")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Browsers probe a self-signed certificate and hang up before accepting it; that is not an error.
        import sys

        exc = sys.exc_info()[1]
        if not isinstance(exc, ssl.SSLError | ConnectionError | TimeoutError):
            super().handle_error(request, client_address)


class SiteHost:
    """Serve `root` on two ephemeral loopback ports; use as a context manager."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        self._servers: list[ThreadingHTTPServer] = []
        self._tmp = tempfile.TemporaryDirectory(prefix="sitehost-")
        self.http_port = 0
        self.https_port = 0

    # -- lifecycle ----------------------------------------------------------------------------------------
    def start(self) -> SiteHost:
        handler = self._handler_class()
        http = _QuietServer(("127.0.0.1", 0), handler)
        https = _QuietServer(("127.0.0.1", 0), handler)
        cert, key = _self_signed(Path(self._tmp.name))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        https.socket = context.wrap_socket(https.socket, server_side=True, do_handshake_on_connect=False)
        self.http_port, self.https_port = http.server_address[1], https.server_address[1]
        for server in (http, https):
            threading.Thread(target=server.serve_forever, daemon=True).start()
            self._servers.append(server)
        return self

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        self._servers.clear()
        self._tmp.cleanup()

    def __enter__(self) -> SiteHost:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def resolve(self) -> list[str]:
        """--resolve rules that send every host name here, by port."""
        return [f"*:80=127.0.0.1:{self.http_port}", f"*:443=127.0.0.1:{self.https_port}"]

    def hits_for(self, host: str) -> list[Hit]:
        with self._lock:
            return [h for h in self.hits if h.host == host]

    # -- serving ------------------------------------------------------------------------------------------
    def _host_dir(self, host: str) -> Path | None:
        for name in (host, host.removeprefix("www."), "_default"):
            candidate = self.root / name
            if name and candidate.is_dir():
                return candidate
        return None

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read `hits` instead
                return

            def _serve(self) -> None:
                scheme = "https" if isinstance(self.connection, ssl.SSLSocket) else "http"
                host = (self.headers.get("Host") or "").rsplit(":", 1)[0].lower()
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with site._lock:
                    site.hits.append(Hit(scheme, self.command, host, parts.path, parts.query, dict(self.headers), body))
                if (self.headers.get("Upgrade") or "").lower() == "websocket":
                    return self._websocket(scheme, host, parts.path)
                host_dir = site._host_dir(host)
                if host_dir is None:
                    return self._send(404, b"unknown host", "text/plain")
                path = unquote(parts.path) or "/"
                for route in _load_routes(host_dir):
                    if fnmatch.fnmatchcase(path, route.path) and route.scheme in (None, scheme) and (
                        route.method in (None, self.command)
                    ):
                        return self._route(route, host_dir, path)
                self._static(host_dir, path)

            def _websocket(self, scheme: str, host: str, path: str) -> None:
                key = (self.headers.get("Sec-WebSocket-Key") or "") + _WS_GUID
                self.send_response(101)
                self.send_header("Upgrade", "websocket")
                self.send_header("Connection", "Upgrade")
                self.send_header("Sec-WebSocket-Accept", base64.b64encode(hashlib.sha1(key.encode()).digest()).decode())
                self.end_headers()
                self.wfile.flush()
                self.close_connection = True
                while (frame := self._ws_frame()) is not None:
                    opcode, payload = frame
                    if opcode == 8:  # close: answer it and hang up
                        self._ws_send(8, payload[:2])
                        return
                    if opcode in (1, 2):
                        with site._lock:
                            site.hits.append(Hit(scheme, "WEBSOCKET", host, path, "", {}, payload))
                        self._ws_send(opcode, payload)

            def _ws_frame(self) -> tuple[int, bytes] | None:
                head = self.rfile.read(2)
                if len(head) < 2:
                    return None
                length = head[1] & 0x7F
                if length >= 126:
                    length = int.from_bytes(self.rfile.read(2 if length == 126 else 8), "big")
                mask = self.rfile.read(4) if head[1] & 0x80 else b"\0\0\0\0"
                data = self.rfile.read(length)
                return head[0] & 0x0F, bytes(b ^ mask[i % 4] for i, b in enumerate(data))

            def _ws_send(self, opcode: int, payload: bytes) -> None:
                n = len(payload)
                size = bytes([n]) if n < 126 else bytes([126]) + n.to_bytes(2, "big") if n < 65536 else bytes([127]) + n.to_bytes(8, "big")
                self.wfile.write(bytes([0x80 | opcode]) + size + payload)
                self.wfile.flush()

            def _route(self, route: _Route, host_dir: Path, path: str) -> None:
                if route.delay_ms:
                    time.sleep(route.delay_ms / 1000)
                if route.pixel:
                    data, ctype = PIXEL_GIF, "image/gif"
                elif route.body is not None:
                    data, ctype = route.body.encode("utf-8"), route.content_type or "text/html; charset=utf-8"
                else:
                    file = self._file(host_dir, path)
                    if file is None:
                        data, ctype = b"", route.content_type or "text/plain"
                    else:
                        data, ctype = file.read_bytes(), route.content_type or self._type(file)
                self._send(route.status, data, ctype, route.headers, route.set_cookie)

            def _file(self, host_dir: Path, path: str) -> Path | None:
                target = (host_dir / path.lstrip("/")).resolve()
                if not target.is_relative_to(host_dir.resolve()):
                    return None
                if target.is_dir():
                    target = target / "index.html"
                if target.is_file() and not target.name.startswith("_routes"):
                    return target
                return None

            @staticmethod
            def _type(file: Path) -> str:
                ctype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
                return ctype + "; charset=utf-8" if ctype.startswith("text/") or ctype.endswith("javascript") else ctype

            def _static(self, host_dir: Path, path: str) -> None:
                file = self._file(host_dir, path)
                if file is not None:
                    return self._send(200, file.read_bytes(), self._type(file))
                if self.command == "POST":  # beacons and collectors answer 204 unless a route says otherwise
                    return self._send(204, b"", "text/plain")
                self._send(404, b"not found", "text/plain")

            def _send(self, status: int, data: bytes, ctype: str, headers: dict[str, str] | None = None,
                      cookies: list[str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data) if self.command != "HEAD" else 0))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                for cookie in cookies or []:
                    self.send_header("Set-Cookie", cookie)
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            do_GET = do_POST = do_HEAD = do_PUT = _serve

            def do_OPTIONS(self) -> None:
                self._send(204, b"", "text/plain", {"Access-Control-Allow-Origin": "*",
                                                    "Access-Control-Allow-Headers": "*",
                                                    "Access-Control-Allow-Methods": "GET, POST"})

        return Handler
