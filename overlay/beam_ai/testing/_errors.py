"""NestJS-shaped error answers: ``{"statusCode", "message", "error"}``."""

from __future__ import annotations

from http import HTTPStatus

from starlette.responses import JSONResponse


class ApiError(Exception):
    """Raised by handlers; turned into a NestJS error body."""

    def __init__(self, status: int, message: str | list[str]) -> None:
        super().__init__(message)
        self.status = status
        self.message = message

    def response(self) -> JSONResponse:
        return error_response(self.status, self.message)


def error_response(status: int, message: str | list[str]) -> JSONResponse:
    return JSONResponse(
        {"statusCode": status, "message": message, "error": HTTPStatus(status).phrase}, status_code=status
    )


def bad_request(*messages: str) -> ApiError:
    return ApiError(400, list(messages))


def not_found(what: str, ident: str) -> ApiError:
    return ApiError(404, f"{what} with id {ident} not found")


def unauthorized(message: str = "Unauthorized") -> ApiError:
    return ApiError(401, message)
