"""Where credentials may be sent (HTTPS anywhere, plain HTTP only to this machine), and which
header values may carry them. (A password in a URL never reaches a log line: `_http.without_userinfo`.)"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping

import httpx

from ._errors import BeamConfigError, BeamValidationError

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


def _header_safe(char: str) -> bool:
    return char == "\t" or " " <= char <= "~"  # visible ASCII, space and tab (httpx sends ASCII)


def check_header_value(what: str, value: str) -> None:
    """Refuse a value that cannot travel in an HTTP header, before anything is sent: CR, LF, NUL
    (which could smuggle another header) and other control or non-ASCII characters.

    The value is not quoted in the error: it may be a credential.
    """
    if not all(_header_safe(char) for char in value):
        raise BeamConfigError(
            f"{what} contains a line break, NUL, control or non-ASCII character,"
            " which no HTTP header may carry"
        )


def check_call_headers(headers: Mapping[str, str] | None) -> Mapping[str, str]:
    """A call's own `headers=`, refused before anything is sent when one cannot travel (CR/LF...).

    Sent as they are, httpx would only fail in the transport: a connection error, after retries.
    """
    for name, value in (headers or {}).items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise BeamValidationError("headers", f"names and values must be strings (header {name!r})")
        if not all(_header_safe(char) for char in name + value):
            raise BeamValidationError(
                f"headers[{name!r}]",
                "contains a line break, NUL, control or non-ASCII character, which no HTTP header may carry",
            )
    return headers or {}


def check_proxy(proxy: str | httpx.URL | None, target: httpx.URL) -> None:
    """Refuse a proxy that would carry credentials in clear text off this machine.

    Plain-http traffic is allowed only to loopback; sent through a proxy elsewhere it would leave
    the machine unencrypted. (An https target through any proxy is tunnelled, TLS end to end.)
    """
    if proxy is None:
        return
    proxy_url = httpx.URL(str(proxy))
    if target.scheme == "http" and not is_loopback_host(proxy_url.host):
        raise BeamConfigError(
            f"refusing to send credentials over plain http://{target.host} through the proxy "
            f"{proxy_url.scheme}://{proxy_url.host}: use https:// or a loopback proxy"
        )


def same_origin(url: httpx.URL, origin: httpx.URL) -> bool:
    """True when `url` is on the API's own scheme, host and port.

    Credentials go only there: an absolute URL elsewhere (a presigned download link, a webhook)
    is sent without the API key or token.
    """
    return (url.scheme, url.host, url.port) == (origin.scheme, origin.host, origin.port)
