"""Run a snippet of Python in a fresh process where every socket call is refused: proof that a
model shipped in a wheel loads without touching the network."""

from __future__ import annotations

import subprocess
import sys
import textwrap

_REFUSE_SOCKETS = textwrap.dedent(
    """
    import socket
    def refuse(*args, **kwargs):
        raise OSError("network use is not allowed in this test")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    """
)


def run_offline(code: str) -> subprocess.CompletedProcess[str]:
    """`code` run by this interpreter with sockets refused, no home folder and a bare PATH."""
    return subprocess.run(
        [sys.executable, "-c", _REFUSE_SOCKETS + textwrap.dedent(code)],
        capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"},
    )
