"""Engine errors. Each carries a stable `code` and one user-facing sentence."""

from __future__ import annotations


class DigestError(Exception):
    """Base class: `str(err)` is one clear sentence for the user; `code` is stable for callers."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, status: int | None = None) -> None:
        super().__init__(message)
        if code:
            self.code = code
        self.status = status


class FetchError(DigestError):
    """The page could not be fetched under the policy (codes: not_public, bad_scheme, bad_port,
    credentials, too_many_redirects, too_large, too_slow, not_html, http_status, unreachable)."""

    code = "fetch"


class ExtractionError(DigestError):
    """No article could be found in the page or text."""

    code = "no_article"
