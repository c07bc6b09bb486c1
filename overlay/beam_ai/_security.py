"""Where credentials may be sent: HTTPS anywhere, plain HTTP only to this machine."""

from __future__ import annotations

import ipaddress

import httpx

from ._errors import BeamConfigError

_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def is_loopback_host(host: str) -> bool:
    host = host.strip("[]").lower()
    if host in _LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_credentials_url(url: httpx.URL | str) -> None:
    """Refuse to send an API key or token in clear text over a network.

    Plain `http://` is allowed only to loopback (the fake server, a local proxy); anything else
    must be `https://`. Raises `BeamConfigError` naming the URL's scheme and host.
    """
    url = httpx.URL(url)
    if url.scheme == "https":
        return
    if url.scheme == "http" and is_loopback_host(url.host):
        return
    raise BeamConfigError(
        f"refusing to send credentials to {url.scheme}://{url.host}: use https:// "
        "(plain http is only allowed to localhost / 127.0.0.1 / ::1)"
    )


def same_origin(url: httpx.URL, origin: httpx.URL) -> bool:
    """True when `url` is on the API's own scheme, host and port.

    Credentials go only there: an absolute URL elsewhere (a presigned download link, a webhook)
    is sent without the API key or token.
    """
    return (url.scheme, url.host, url.port) == (origin.scheme, origin.host, origin.port)
