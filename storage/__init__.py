"""SQLite storage through aiosqlite: schema migrations and one repository per job."""
