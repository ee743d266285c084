"""The bot's outer layer: settings, the composition root and the command line."""
