"""Where the API keys may travel, and the one way the station builds an `httpx.Client`.

Every request carries the keys (HTTP Basic), so:

- **https, except to this computer.** `insecure_url_problem` refuses a plain `http://` URL unless
  its host is loopback (127.0.0.0/8, ::1, `localhost`): the training simulator and the tests. The
  settings model refuses such an `api_url` when the file is read, and the client refuses it again
  when it is built (defence in depth: a caller that skips the settings still cannot send the keys
  in clear).
- **Nothing from the environment.** `http_client` builds every client with `trust_env=False`: a
  stray `HTTPS_PROXY`, `SSL_CERT_FILE` or `.netrc` in a station's environment must not reroute the
  keys or change which certificates are trusted. Its TLS context trusts certifi's bundle only and
  is built without `ssl.create_default_context`, which would start writing the session keys to
  whatever file `SSLKEYLOGFILE` names.
- **A proxy only when the settings name one** (`proxy_url`): a site behind a proxy says so there,
  where a shift lead sees it.
"""

from __future__ import annotations

import ipaddress
import ssl
import threading
from typing import Any, Final

import certifi
import httpx

from packstation.errors import ConfigurationError

LOOPBACK_NAMES: Final = frozenset({"localhost"})

_CONTEXT_LOCK = threading.Lock()
_context: ssl.SSLContext | None = None


def is_loopback_host(host: str) -> bool:
    """True for `localhost` and the loopback addresses (127.0.0.0/8, ::1); brackets allowed."""
    name = host.strip("[]").rstrip(".").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def insecure_url_problem(url: str, what: str = "The Sendcloud address") -> str | None:
    """Why `url` must not carry the API keys (plain http to another computer), or None.

    Only the scheme and host are judged here; the client checks the rest of the URL itself.
    """
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        return None  # not a URL at all: the client's own check names that
    if parsed.scheme == "http" and parsed.host and not is_loopback_host(parsed.host):
        return (
            f"{what} must start with https:// ({url!r} does not): the API keys go with every "
            "request and would cross the network unencrypted. Plain http:// is allowed only to "
            "this computer (localhost, 127.0.0.1, ::1), as in training."
        )
    return None


def proxy_url_problem(url: str) -> str | None:
    """Why `url` cannot be the station's proxy, or None: an http(s) URL with a host, no password
    (the settings file is no place for a secret), no path or query."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        return f"The proxy {url!r} is not a URL; write it as http://host:port or https://host:port."
    if parsed.scheme not in ("http", "https") or not parsed.host:
        return f"The proxy {url!r} must be an http:// or https:// URL with a host, such as http://proxy:3128."
    if parsed.userinfo:
        return (
            "The proxy URL must not contain a user name or password: the settings file is no place "
            "for a secret. Ask for a proxy rule that lets this station through without one."
        )
    if parsed.path not in ("", "/") or parsed.query or parsed.fragment:
        return f"The proxy {url!r} must be just scheme, host and port (no path or query)."
    return None


def tls_context() -> ssl.SSLContext:
    """The station's TLS client context: certifi's CAs, host names checked, TLS 1.2 or newer, no
    key log. One per process (loading the CA bundle costs ~50 ms); contexts are thread-safe."""
    global _context  # noqa: PLW0603 - built once, on first use: not every process talks HTTPS
    with _CONTEXT_LOCK:
        if _context is None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # verifies peer and host name
            context.minimum_version = ssl.TLSVersion.TLSv1_2
            context.load_verify_locations(cafile=certifi.where())
            _context = context
        return _context


def http_client(proxy_url: str | None = None, **options: Any) -> httpx.Client:
    """An `httpx.Client` that takes nothing from the environment; through `proxy_url` when given.

    `options` go to `httpx.Client` (tests pass `headers`, a `base_url`…); `trust_env`, `verify`
    and `proxy` are this function's to set.
    """
    for reserved in ("trust_env", "verify", "proxy", "proxies", "mounts"):
        if reserved in options:
            raise TypeError(f"http_client sets {reserved!r} itself")
    context = tls_context()
    proxy = None
    if proxy_url:
        problem = proxy_url_problem(proxy_url)
        if problem is not None:
            raise ConfigurationError(problem)
        # An https:// proxy's own TLS uses the same context: httpcore's default would honour
        # SSLKEYLOGFILE. (httpcore refuses a context for an http:// proxy, which has no TLS.)
        proxy = httpx.Proxy(proxy_url, ssl_context=context if proxy_url.startswith("https:") else None)
    return httpx.Client(trust_env=False, verify=context, proxy=proxy, **options)
