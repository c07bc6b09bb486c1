"""Cassettes: scrub secrets before they reach disk, normalise the host, validate against the spec.

Shared by `scripts/record_cassettes.py` (recording) and `tests/test_cassettes.py` /
`tests/test_cassette_hygiene.py` (replay, spec validation, secret scan).

Scrubbing (`Scrubber`) runs as vcrpy hooks, so nothing unscrubbed is ever written:

- `filter_headers`: `authorization` becomes `Bearer <placeholder JWT>` (the placeholder standing for
  the real idToken it replaces, so a cassette still shows which token a request used) or `REDACTED`;
  `x-api-key` becomes `REDACTED`.
- `before_record_request` / `before_record_response`: every JSON body (nested too) has its `apiKey`,
  `idToken`, `refreshToken` (and any other `*token` / `*secret` / `*password` string) replaced by a
  placeholder; the same secret gets the same placeholder everywhere in a cassette. A placeholder
  idToken is an unsigned JWT (`alg: none`, empty signature) whose `exp` is in 2100, so the client's
  token handling replays unchanged. Only a few headers are kept (nothing volatile, no cookies); the
  recorded host becomes https://api.beamstudio.ai whatever server was recorded; JSON response
  bodies are pretty-printed so a re-recording diffs line by line.

vcrpy also runs `before_record_request` on every request it replays before matching, so a replayed
request is compared in its scrubbed form: the fake API key the tests use matches `REDACTED`.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import yaml
from openapi_core import Config, OpenAPI
from openapi_core.deserializing.media_types.util import plain_loads
from openapi_core.testing import MockRequest, MockResponse
from vcr.request import Request as VcrRequest
from vcr.serialize import deserialize
from vcr.serializers import yamlserializer

from beam_ai import DEFAULT_BASE_URL
from beam_ai._security import is_loopback_host

ROOT = Path(__file__).resolve().parent.parent
CASSETTE_DIR = ROOT / "tests" / "cassettes"
SPEC_PATH = ROOT / "openapi" / "beam.yaml"

CANONICAL_BASE_URL = DEFAULT_BASE_URL
PLACEHOLDER = "REDACTED"
PLACEHOLDER_EMAIL = "user@example.com"
FAR_FUTURE_EXP = 4102444800  # 2100-01-01T00:00:00Z: a replayed token never looks stale

# JSON fields whose string values are always secrets; and a rule for the ones we did not foresee.
SECRET_FIELDS = frozenset({"apiKey", "idToken", "accessToken", "refreshToken"})
_SECRET_FIELD_RULE = re.compile(r"(?i)(token|secret|password|api_?key|credentials?)$")

# Everything else is dropped: volatile (date, server, request ids), irrelevant (user-agent, which
# carries the version) or risky (cookies). Matching on headers then compares exactly these.
KEPT_REQUEST_HEADERS = ("authorization", "content-type", "current-workspace-id", "x-api-key")
KEPT_RESPONSE_HEADERS = ("content-type", "location", "retry-after")

# Matching in replay: the whole request, headers being the (scrubbed) kept ones above.
MATCH_ON = ("method", "scheme", "host", "port", "path", "query", "body", "headers")

_JWT_HEADER = {"alg": "none", "typ": "JWT"}
_NUMBERED = re.compile(rf"{PLACEHOLDER}-\d+")


# -- placeholders ----------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64_json(part: str) -> Any:
    try:
        return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None


def _compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), sort_keys=True)


def placeholder_jwt(number: int) -> str:
    """An unsigned JWT (RFC 7519 §6) standing for the `number`-th token of a cassette."""
    claims = {"exp": FAR_FUTURE_EXP, "jti": f"{PLACEHOLDER}-{number}", "sub": PLACEHOLDER}
    return f"{_b64(_compact(_JWT_HEADER).encode())}.{_b64(_compact(claims).encode())}."


def is_placeholder_jwt(token: str) -> bool:
    parts = token.split(".")
    if len(parts) != 3 or parts[2]:
        return False
    claims = _b64_json(parts[1])
    return (
        _b64_json(parts[0]) == _JWT_HEADER
        and isinstance(claims, dict)
        and set(claims) == {"exp", "jti", "sub"}
        and claims["exp"] == FAR_FUTURE_EXP
        and claims["sub"] == PLACEHOLDER
        and isinstance(claims["jti"], str)
        and _NUMBERED.fullmatch(claims["jti"]) is not None
    )


def is_placeholder(value: str) -> bool:
    """`REDACTED`, `REDACTED-<n>` or a placeholder JWT."""
    return value == PLACEHOLDER or _NUMBERED.fullmatch(value) is not None or is_placeholder_jwt(value)


def looks_like_jwt(value: str) -> bool:
    parts = value.split(".")
    return len(parts) == 3 and isinstance(_b64_json(parts[0]), dict) and isinstance(_b64_json(parts[1]), dict)


def is_secret_field(key: str) -> bool:
    return key in SECRET_FIELDS or _SECRET_FIELD_RULE.search(key) is not None


def _is_json(content_type: str | None) -> bool:
    media = (content_type or "").split(";")[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def _json_or_none(raw: bytes) -> Any:
    """The JSON object or array in a body, or None."""
    if raw.lstrip()[:1] not in (b"{", b"["):
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _first(value: Any) -> str | None:
    if isinstance(value, list | tuple):
        return str(value[0]) if value else None
    return None if value is None else str(value)


# -- scrubbing -------------------------------------------------------------------------------------


class Scrubber:
    """vcrpy hooks that remove secrets and normalise one cassette's interactions.

    Args:
        source_base_url: the base URL the client really talked to; its scheme, host, port and path
            prefix become https://api.beamstudio.ai. Loopback hosts are normalised regardless.
        api_key: the real API key, replaced by `REDACTED` wherever it turns up (belt and braces).
        replacements: literal strings to replace everywhere (a live workspace id by the fake one).
            A loopback `source_base_url` is replaced by https://api.beamstudio.ai in bodies too.
        redact_emails: replace `email` values by user@example.com (live recordings).

    One instance per cassette: it remembers which placeholder stands for which secret.
    """

    def __init__(
        self,
        *,
        source_base_url: str | None = None,
        api_key: str | None = None,
        replacements: Mapping[str, str] | None = None,
        redact_emails: bool = False,
    ) -> None:
        self._source = httpx.URL(source_base_url) if source_base_url else None
        self._replacements = {k: v for k, v in (replacements or {}).items() if k and k != v}
        if api_key:
            self._replacements[api_key] = PLACEHOLDER
        if self._source is not None and is_loopback_host(self._source.host):
            # URLs the fake server builds from its own address (download links) carry a random port.
            self._replacements[str(self._source).rstrip("/")] = CANONICAL_BASE_URL
        self._redact_emails = redact_emails
        self._tokens: dict[str, str] = {}  # JWT-shaped secret -> placeholder JWT
        self._opaque: dict[str, str] = {}  # other secret -> REDACTED-<n>

    # the placeholder for one secret value

    def placeholder(self, key: str, value: str) -> str:
        if is_placeholder(value):
            return value
        if key.lower() in ("apikey", "api_key", "x-api-key"):
            return PLACEHOLDER
        if key == "idToken" or looks_like_jwt(value):
            if value not in self._tokens:
                self._tokens[value] = placeholder_jwt(len(self._tokens) + 1)
            return self._tokens[value]
        if value not in self._opaque:
            self._opaque[value] = f"{PLACEHOLDER}-{len(self._opaque) + 1}"
        return self._opaque[value]

    def authorization(self, key: str = "authorization", value: str = "", request: Any = None) -> str:
        """`filter_headers` replacement for `authorization` (vcrpy passes key, value, request)."""
        scheme, _, credentials = value.strip().partition(" ")
        token = credentials.strip()
        if scheme.lower() != "bearer" or not token:
            return PLACEHOLDER
        if token in self._tokens or is_placeholder_jwt(token):
            return f"Bearer {self.placeholder('idToken', token)}"
        return f"Bearer {PLACEHOLDER}"

    def api_key_header(self, key: str = "x-api-key", value: str = "", request: Any = None) -> str:
        return PLACEHOLDER

    def scrub_json(self, value: Any, key: str = "", *, secret: bool = False) -> Any:
        """`value` with every secret field (at any depth) replaced by its placeholder.

        Everything under a secret field is secret too (`{"credentials": {"password": ...}}`).
        """
        secret = secret or (bool(key) and is_secret_field(key))
        if isinstance(value, dict):
            return {k: self.scrub_json(v, k, secret=secret) for k, v in value.items()}
        if isinstance(value, list):
            return [self.scrub_json(item, key, secret=secret) for item in value]
        if isinstance(value, str) and secret:
            return self.placeholder(key, value)
        if isinstance(value, str) and self._redact_emails and key.lower() == "email":
            return PLACEHOLDER_EMAIL
        return value

    def scrub_text(self, text: str) -> str:
        """Literal replacements, and every secret seen so far wherever it appears."""
        for secret, placeholder in (*self._tokens.items(), *self._opaque.items()):
            text = text.replace(secret, placeholder)
        for old, new in self._replacements.items():
            text = text.replace(old, new)
        return text

    def scrub_body(self, body: Any, content_type: str | None, *, pretty: bool) -> Any:
        if not body:
            return body
        raw = body.encode("utf-8") if isinstance(body, str) else body
        if not isinstance(raw, bytes):  # a file or an iterator: vcrpy keeps those as they are
            return body
        data = _json_or_none(raw)
        if data is not None:  # scrubbed by field whatever the content-type says
            scrubbed = self.scrub_json(data)
            if pretty and _is_json(content_type):
                text = json.dumps(scrubbed, indent=2, ensure_ascii=False) + "\n"
            elif scrubbed != data:
                text = json.dumps(scrubbed, separators=(",", ":"), ensure_ascii=False)
            else:
                text = raw.decode("utf-8")
            return self.scrub_text(text).encode("utf-8")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw
        return self.scrub_text(text).encode("utf-8")

    def normalize_uri(self, uri: str) -> str:
        """The URI as if sent to https://api.beamstudio.ai (the recorded server's path prefix removed)."""
        url = httpx.URL(uri)
        path = url.raw_path.decode("ascii")
        source = self._source
        if source is not None and (url.scheme, url.host, url.port) == (
            source.scheme,
            source.host,
            source.port,
        ):
            prefix = source.path.rstrip("/")
            if prefix and path.startswith(prefix + "/"):
                path = path[len(prefix) :]
        elif not is_loopback_host(url.host):
            return self.scrub_text(uri)
        return self.scrub_text(CANONICAL_BASE_URL + path)

    # the vcrpy hooks

    def before_record_request(self, request: VcrRequest) -> VcrRequest:
        request.uri = self.normalize_uri(request.uri)
        headers: dict[str, str] = {}
        for name, value in sorted(request.headers.items()):
            name = name.lower()
            if name not in KEPT_REQUEST_HEADERS:
                continue
            if name == "authorization":
                headers[name] = self.authorization(value=value)
            elif name == "x-api-key":
                headers[name] = PLACEHOLDER
            else:
                headers[name] = self.scrub_text(value)
        request.headers = headers
        request.body = self.scrub_body(request.body, headers.get("content-type"), pretty=False)
        return request

    def before_record_response(self, response: dict[str, Any]) -> dict[str, Any]:
        headers = {
            name.lower(): [self.scrub_text(str(v)) for v in values]
            for name, values in sorted(response["headers"].items())
            if name.lower() in KEPT_RESPONSE_HEADERS
        }
        body = response["body"]["string"]
        response["body"]["string"] = self.scrub_body(body, _first(headers.get("content-type")), pretty=True)
        response["headers"] = headers
        return response

    def vcr_config(self, *, record_mode: str = "none") -> dict[str, Any]:
        """Keyword arguments for `VCR.use_cassette` (and pytest-recording's `vcr_config`)."""
        return {
            "record_mode": record_mode,
            "match_on": MATCH_ON,
            "filter_headers": [("authorization", self.authorization), ("x-api-key", self.api_key_header)],
            "before_record_request": self.before_record_request,
            "before_record_response": self.before_record_response,
            "decode_compressed_response": True,
            "allow_playback_repeats": False,
        }


# -- cassette files --------------------------------------------------------------------------------


class _ReadableDumper(yaml.SafeDumper):  # type: ignore[misc]
    """Multi-line strings (pretty JSON, event streams) as literal blocks, so diffs are line by line."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_ReadableDumper.add_representer(str, _represent_str)


class ReadableYamlSerializer:
    """vcrpy serializer: loads like the default one, writes block strings in a stable key order."""

    @staticmethod
    def deserialize(cassette_string: str) -> Any:
        return yamlserializer.deserialize(cassette_string)

    @staticmethod
    def serialize(cassette_dict: Any) -> str:
        return str(
            yaml.dump(
                cassette_dict, Dumper=_ReadableDumper, sort_keys=False, allow_unicode=True, width=1_000_000
            )
        )


@dataclass(frozen=True)
class Interaction:
    index: int
    request: VcrRequest
    response: dict[str, Any]

    @property
    def path(self) -> str:
        return urlsplit(self.request.uri).path

    @property
    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(urlsplit(self.request.uri).query, keep_blank_values=True)

    def request_header(self, name: str) -> str | None:
        return _first(self.request.headers.get(name))

    def response_header(self, name: str) -> str | None:
        for key, values in self.response["headers"].items():
            if key.lower() == name.lower():
                return _first(values)
        return None

    @property
    def status(self) -> int:
        return int(self.response["status"]["code"])

    @property
    def response_body(self) -> bytes:
        body = self.response["body"]["string"]
        return body.encode("utf-8") if isinstance(body, str) else (body or b"")

    @property
    def request_body(self) -> bytes:
        body = self.request.body
        return body.encode("utf-8") if isinstance(body, str) else (body or b"")

    def response_json(self) -> Any:
        return json.loads(self.response_body)


def cassette_files(directory: Path = CASSETTE_DIR) -> list[Path]:
    return sorted(directory.glob("*.yaml"))


def load_interactions(path: Path) -> list[Interaction]:
    requests, responses, *_ = deserialize(path.read_text(encoding="utf-8"), yamlserializer)
    return [Interaction(i, req, resp) for i, (req, resp) in enumerate(zip(requests, responses, strict=True))]


# -- the spec --------------------------------------------------------------------------------------


@functools.cache
def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open() as f:
        return yaml.safe_load(f)  # type: ignore[no-any-return]


@functools.cache
def openapi() -> OpenAPI:
    # openapi-core has no deserializer for text/event-stream; the SSE body is a documented string.
    config = Config(extra_media_type_deserializers={"text/event-stream": plain_loads})
    return OpenAPI.from_file_path(str(SPEC_PATH), config=config)


@dataclass(frozen=True)
class Operation:
    operation_id: str
    tag: str
    method: str
    template: str
    spec: dict[str, Any]

    def documents_header(self, name: str) -> bool:
        for param in self.spec.get("parameters", []):
            if "$ref" in param:
                target: Any = load_spec()
                for part in param["$ref"].removeprefix("#/").split("/"):
                    target = target[part]
                param = target
            if param.get("in") == "header" and param.get("name", "").lower() == name.lower():
                return True
        return False


@functools.cache
def _operations() -> list[tuple[re.Pattern[str], int, Operation]]:
    found = []
    for template, item in load_spec()["paths"].items():
        regex = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")
        literal_segments = sum(1 for seg in template.split("/") if seg and not seg.startswith("{"))
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                operation = Operation(op["operationId"], op["tags"][0], method.upper(), template, op)
                found.append((regex, literal_segments, operation))
    return found


def find_operation(method: str, path: str) -> Operation | None:
    """The documented operation for a request; literal path segments win over templated ones."""
    matches = [
        (lit, op) for regex, lit, op in _operations() if op.method == method.upper() and regex.match(path)
    ]
    return max(matches, key=lambda m: m[0])[1] if matches else None


def module_name(tag: str) -> str:
    """The generated module (and cassette tag) name of a spec tag: `Agent Graphs` -> `agent_graphs`."""
    return re.sub(r"[^a-z0-9]+", "_", tag.lower()).strip("_")


def _describe(error: Exception) -> Iterator[str]:
    cause = error.__cause__
    schema_errors = getattr(cause, "schema_errors", None) or getattr(error, "schema_errors", None)
    if schema_errors:
        for schema_error in schema_errors:
            where = "/".join(str(p) for p in schema_error.absolute_path) or "(body)"
            yield f"{type(error).__name__} at {where}: {schema_error.message}"
        return
    yield f"{type(error).__name__}: {error}" + (f" ({cause})" if cause is not None else "")


def _sse_problems(text: str) -> Iterator[str]:
    """Every `data:` payload of the documented task update stream is a JSON object."""
    events = 0
    for line in text.splitlines():
        if line.startswith("data:"):
            events += 1
            try:
                payload = json.loads(line[5:].strip())
            except ValueError:
                yield f"SSE data line is not JSON: {line[:120]!r}"
                continue
            if not isinstance(payload, dict):
                yield f"SSE data line is not a JSON object: {line[:120]!r}"
    if not events:
        yield "SSE stream has no data lines"


def interaction_problems(interaction: Interaction) -> list[str]:
    """Spec violations of one recorded request/response pair (empty when it conforms)."""
    request = interaction.request
    parts = urlsplit(request.uri)
    operation = find_operation(request.method, parts.path)
    if operation is None:
        return [f"{request.method} {parts.path}: not a documented operation"]
    headers = {name: _first(value) or "" for name, value in request.headers.items()}
    mock_request = MockRequest(
        host_url=f"{parts.scheme}://{parts.netloc}",
        method=request.method,
        path=parts.path,
        args=interaction.query,  # type: ignore[arg-type]  # a multi-dict source keeps repeated keys
        headers=headers,
        data=interaction.request_body,
        content_type=headers.get("content-type", ""),
    )
    content_type = interaction.response_header("content-type") or ""
    mock_response = MockResponse(
        interaction.response_body,
        status_code=interaction.status,
        headers={k: _first(v) or "" for k, v in interaction.response["headers"].items()},
        content_type=content_type,
    )
    problems = [
        f"request: {line}" for e in openapi().iter_request_errors(mock_request) for line in _describe(e)
    ]
    problems += [
        f"response {interaction.status}: {line}"
        for e in openapi().iter_response_errors(mock_request, mock_response)
        for line in _describe(e)
    ]
    if content_type.startswith("text/event-stream") and interaction.status < 300:
        problems += [f"response: {p}" for p in _sse_problems(interaction.response_body.decode("utf-8"))]
    where = f"{operation.operation_id} ({request.method} {parts.path})"
    return [f"{where}: {problem}" for problem in problems]


def cassette_problems(path: Path) -> list[str]:
    """Spec violations in a cassette file, each naming the interaction and operation."""
    return [
        f"{path.name} #{i.index}: {problem}"
        for i in load_interactions(path)
        for problem in interaction_problems(i)
    ]


# -- secret scan -----------------------------------------------------------------------------------

_KEY_LIKE = re.compile(r"bm_key_[A-Za-z0-9_\-]{4,}")
_BEARER = re.compile(r"(?i)bearer\s+([^\s\"',]+)")
_JWT_LIKE = re.compile(r"eyJ[A-Za-z0-9_\-]*\.eyJ[A-Za-z0-9_\-]*\.[A-Za-z0-9_\-]*")
_FAKE_REFRESH_PREFIX = "rt_fake_"  # refresh tokens the fake server issues


def _walk_json(value: Any, key: str = "", secret: bool = False) -> Iterator[tuple[str, Any, bool]]:
    """(key, leaf, whether the leaf is under a secret field) for every leaf of a JSON value."""
    secret = secret or (bool(key) and is_secret_field(key))
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _walk_json(v, k, secret)
    elif isinstance(value, list):
        for item in value:
            yield from _walk_json(item, key, secret)
    else:
        yield key, value, secret


def _body_secrets(where: str, body: bytes) -> Iterator[str]:
    data = _json_or_none(body)
    if data is None:
        return
    for key, value, secret in _walk_json(data):
        if isinstance(value, str) and secret and not is_placeholder(value):
            yield f"{where}: JSON field {key!r} holds {value[:12]!r}..., not a placeholder"
        if key == "idToken" and isinstance(value, str) and not is_placeholder_jwt(value):
            yield f"{where}: idToken is not a placeholder JWT"


def find_secrets(path: Path, *, known_secrets: Iterable[str] = ()) -> list[str]:
    """Anything secret-like in a cassette file: by text pattern, and (`.yaml`) field by field."""
    text = path.read_text(encoding="utf-8")
    found = text_secrets(path.name, text, known_secrets=known_secrets)
    if path.suffix != ".yaml":
        return found
    try:
        interactions = load_interactions(path)
    except Exception as error:  # a cassette that does not load cannot be checked field by field
        return [*found, f"{path.name}: does not load as a cassette ({error})"]
    for interaction in interactions:
        found += interaction_secrets(f"{path.name} #{interaction.index}", interaction)
    return found


def text_secrets(name: str, text: str, *, known_secrets: Iterable[str] = ()) -> list[str]:
    """Secret-looking strings anywhere in a text: key-like, bearer tokens, signed JWTs, known values."""
    found: list[str] = []
    for secret in known_secrets:
        if secret and secret in text:
            found.append(f"{name}: contains a known secret value ({secret[:10]}...)")
    for match in _KEY_LIKE.finditer(text):
        found.append(f"{name}: API-key-like string {match.group()[:12]!r}...")
    if _FAKE_REFRESH_PREFIX in text:
        found.append(f"{name}: a refresh token issued by the fake server")
    for match in _BEARER.finditer(text):
        if not is_placeholder(match.group(1)):
            found.append(f"{name}: bearer token {match.group(1)[:12]!r}... is not a placeholder")
    for match in _JWT_LIKE.finditer(text):
        if not is_placeholder_jwt(match.group()):
            found.append(f"{name}: JWT {match.group()[:16]!r}... is not an unsigned placeholder")
    return found


def interaction_secrets(where: str, interaction: Interaction) -> list[str]:
    """Credentials left in one interaction's headers or JSON bodies, and headers that should be gone."""
    found: list[str] = []
    for name, values in interaction.request.headers.items():
        value = _first(values) or ""
        if name.lower() == "x-api-key" and value != PLACEHOLDER:
            found.append(f"{where}: x-api-key header is not {PLACEHOLDER!r}")
        if name.lower() == "authorization" and not (
            value == PLACEHOLDER or (value.startswith("Bearer ") and is_placeholder(value[7:]))
        ):
            found.append(f"{where}: authorization header is not a placeholder")
        if name.lower() not in KEPT_REQUEST_HEADERS:
            found.append(f"{where}: request header {name!r} should have been dropped")
    for name in interaction.response["headers"]:
        if name.lower() not in KEPT_RESPONSE_HEADERS:
            found.append(f"{where}: response header {name!r} should have been dropped")
    found += _body_secrets(f"{where} request", interaction.request_body)
    found += _body_secrets(f"{where} response", interaction.response_body)
    return found


# -- scenario inputs -------------------------------------------------------------------------------

INPUTS_FILE = CASSETTE_DIR / "scenario_inputs.json"


def read_inputs(directory: Path = CASSETTE_DIR) -> dict[str, str]:
    path = directory / INPUTS_FILE.name
    values: dict[str, str] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return values


def write_inputs(values: Mapping[str, str], directory: Path = CASSETTE_DIR) -> None:
    (directory / INPUTS_FILE.name).write_text(json.dumps(dict(values), indent=2, sort_keys=True) + "\n")
