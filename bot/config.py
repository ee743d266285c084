"""Settings from the environment and `.env` (pydantic-settings); every field is in `.env.example`."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from digest.models import FetchPolicy


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: str = ""
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_api_file_url: str = "https://api.telegram.org/file/bot"
    webhook_url: str = ""
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_secret: str = ""

    database_path: Path = Path("digestbot.sqlite3")
    database_url: str = ""
    database_pool_size: int = Field(default=10, ge=1)
    database_busy_timeout: float = Field(default=5.0, gt=0)
    article_retention_days: int = Field(default=30, ge=1)

    fetch_allowed_networks: str = ""
    fetch_max_bytes: int = Field(default=5 * 1024 * 1024, ge=1024)
    fetch_total_timeout: float = Field(default=20.0, gt=0)

    max_links_per_message: int = Field(default=5, ge=1, le=20)
    links_per_minute: int = Field(default=20, ge=1)
    adds_per_minute: int = Field(default=10, ge=1)
    chat_adds_per_minute: int = Field(default=20, ge=1)
    worker_processes: int = Field(default=2, ge=1)
    extract_timeout: float = Field(default=15.0, gt=0)

    poll_tick_seconds: float = Field(default=60.0, gt=0)
    poll_concurrency: int = Field(default=10, ge=1)
    poll_per_host: int = Field(default=2, ge=1)
    poll_min_minutes: int = Field(default=15, ge=1)
    poll_max_minutes: int = Field(default=360, ge=1)
    poll_new_entries_max: int = Field(default=20, ge=1)
    feed_failure_notice_hours: float = Field(default=24.0, gt=0)
    feed_catalog_enabled: bool = True
    feed_catalog_path: str = ""

    digest_tick_seconds: float = Field(default=60.0, gt=0)
    digest_late_hours: float = Field(default=12.0, gt=0)
    digest_claim_timeout_seconds: float = Field(default=300.0, gt=0)
    digest_messages_per_second: float = Field(default=29.0, gt=0, le=30)
    digest_first_lookback_hours: float = Field(default=24.0, gt=0)

    log_level: str = "INFO"

    @field_validator("database_url")
    @classmethod
    def _postgres_url(cls, value: str) -> str:
        if value and not value.startswith(("postgresql://", "postgres://")):
            raise ValueError("DATABASE_URL must be a postgresql:// URL (leave it empty to use DATABASE_PATH)")
        return value

    def database_target(self) -> str | Path:
        """The PostgreSQL URL when DATABASE_URL is set, else the SQLite file at DATABASE_PATH."""
        return self.database_url or self.database_path

    @field_validator("fetch_allowed_networks")
    @classmethod
    def _valid_cidrs(cls, value: str) -> str:
        FetchPolicy.from_cidrs(value)
        return value

    def fetch_policy(self) -> FetchPolicy:
        return FetchPolicy.from_cidrs(
            self.fetch_allowed_networks,
            max_bytes=self.fetch_max_bytes,
            total_timeout=self.fetch_total_timeout,
        )
