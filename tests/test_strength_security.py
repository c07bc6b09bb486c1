"""Where plain `http://` may carry credentials: this machine only, however the host is spelled."""

from __future__ import annotations

import pytest

from beam_ai import BeamConfigError
from beam_ai._security import check_credentials_url


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost:8080",
        "http://LOCALHOST",
        "http://127.0.0.1:41235",
        "http://127.5.6.7",
        "http://[::1]:8080",
        "http://api.localhost:3000",  # *.localhost resolves to loopback (RFC 6761)
        "https://api.beamstudio.ai",
    ],
)
def test_loopback_or_https_may_carry_credentials(url: str) -> None:
    check_credentials_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://api.beamstudio.ai",
        "http://localhost.attacker.example",  # starts like localhost, is not
        "http://mylocalhost",
        "http://10.0.0.1",
        "http://[::2]",
        "ftp://localhost",
    ],
)
def test_anything_else_is_refused_naming_the_url(url: str) -> None:
    with pytest.raises(BeamConfigError) as refused:
        check_credentials_url(url)
    assert url.split("://")[0] + "://" in str(refused.value)
