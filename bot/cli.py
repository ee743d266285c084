"""The `digestbot` command line: run the bot, digest offline, merge stories, and look after the database."""

from __future__ import annotations

import argparse
import logging
import sys

from bot import cli_db, cli_engine, cli_stories


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digestbot", description="Short, faithful digests of news articles, in Telegram or offline."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the Telegram bot (polling, or a webhook if WEBHOOK_URL is set)")
    run.set_defaults(func=_run)
    cli_engine.add_parsers(sub)
    cli_stories.add_parser(sub)
    cli_db.add_parser(sub)
    return parser


def _run(args: argparse.Namespace) -> int:
    from bot.startup import run_bot

    return run_bot()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
