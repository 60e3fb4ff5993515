"""The program opens no network connection: the audit hook refuses one, and the suite itself
runs with sockets disabled."""

import socket
import subprocess
import sys
import textwrap


def test_the_guard_refuses_a_connection_in_a_fresh_process():
    # A child process: the hook cannot be removed once installed, and pytest-socket's own
    # blocking must not be what refuses here.
    code = textwrap.dedent("""
        import socket
        from zqdesk.netguard import NetworkRefused, forbid_network
        forbid_network()
        try:
            socket.create_connection(("127.0.0.1", 9), timeout=1)
        except NetworkRefused as error:
            print("refused:", error)
        try:
            socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        except NetworkRefused:
            print("no socket")
        a, b = socket.socketpair()  # local Unix sockets stay allowed
        print("unix ok")
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "refused: zqdesk 为离线软件" in done.stdout
    assert "no socket" in done.stdout
    assert "unix ok" in done.stdout


def test_the_suite_runs_with_sockets_disabled():
    import pytest_socket

    try:
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    except pytest_socket.SocketBlockedError:
        return
    raise AssertionError("sockets are not disabled in the test run")
