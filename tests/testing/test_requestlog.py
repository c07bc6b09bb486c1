"""The request log: what reached the server, with secrets masked."""

from __future__ import annotations

import httpx

from beam_ai.testing import FakeBeam


def test_counts_requests_per_route(anon: httpx.Client, client: httpx.Client, fake_beam: FakeBeam) -> None:
    anon.post("/auth/access-token", json={"apiKey": fake_beam.api_key})
    client.get("/agent")
    client.get("/agent")
    assert fake_beam.requests.count("POST", "/auth/access-token") == 1
    assert fake_beam.requests.count("GET", "/agent") == 2
    assert fake_beam.requests.filter("GET", "/agent")[0].status == 200


def test_secrets_are_masked_in_headers_and_bodies(anon: httpx.Client, fake_beam: FakeBeam) -> None:
    tokens = anon.post("/auth/access-token", json={"apiKey": fake_beam.api_key}).json()
    anon.post("/auth/refresh-token", json={"refreshToken": tokens["refreshToken"]})
    anon.get(
        "/agent", headers={"Authorization": f"Bearer {tokens['idToken']}", "x-api-key": fake_beam.api_key}
    )
    logged = list(fake_beam.requests)
    assert logged[0].body == {"apiKey": "***"}
    assert logged[1].body == {"refreshToken": "***"}
    assert logged[2].headers["authorization"] == "Bearer ***"
    assert logged[2].headers["x-api-key"] == "***"
    dump = repr(logged)
    for secret in (fake_beam.api_key, tokens["idToken"], tokens["refreshToken"]):
        assert secret not in dump


def test_log_records_query_and_injected_fault(client: httpx.Client, fake_beam: FakeBeam) -> None:
    fake_beam.faults.add("rate_limit", method="GET", path="/agent", times=1)
    client.get("/agent", params={"pageSize": 5})
    entry = fake_beam.requests[-1]
    assert entry.query == {"pageSize": "5"}
    assert (entry.fault, entry.status) == ("rate_limit", 429)
