"""What a user sets: preferences (/settings, /time, /timezone, /language), times, /export, /forget."""
