"""Shared pytest set-up: fixture servers live in their own plugin modules, listed here."""

pytest_plugins: list[str] = ["tests.fake_telegram.plugin"]
pytest_plugins.append("tests.postgres_server")
pytest_plugins.append("tests.storage_plugin")
pytest_plugins.append("tests.webserver")
pytest_plugins.append("tests.bot_plugin")
pytest_plugins.append("tests.chats_plugin")
pytest_plugins.append("tests.hypothesis_plugin")
