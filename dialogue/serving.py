"""The server `dialogue run` starts: gevent's WSGI server with WebSocket, Nagle off.

Flask-SocketIO's own ``socketio.run`` leaves Nagle's algorithm on for each connection.
pywsgi writes a response's headers and body separately, so on a kept-alive connection
the body waits for the client's delayed ACK: about 40 ms added to every request after
the first, and to small WebSocket frames sent in quick succession. Setting TCP_NODELAY
per connection removes that (gunicorn sets it on its listening socket for the same
reason). Other async modes (threading, in development and tests) keep ``socketio.run``.
"""

from __future__ import annotations

import socket

from flask import Flask


def _handler_class():
    from geventwebsocket.handler import WebSocketHandler

    class NoDelayWebSocketHandler(WebSocketHandler):
        """gevent-websocket's handler on a socket with Nagle's algorithm turned off."""

        def __init__(self, sock, address, server, rfile=None):
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:  # not TCP (a Unix socket): nothing to turn off
                pass
            super().__init__(sock, address, server, rfile)

    return NoDelayWebSocketHandler


def serve(app: Flask, host: str, port: int) -> None:
    """Serve ``app`` until stopped, with gevent when the app runs in gevent mode."""
    from .extensions import socketio

    if app.config["ASYNC_MODE"] != "gevent":
        socketio.run(app, host=host, port=port, allow_unsafe_werkzeug=True,
                     use_reloader=False, log_output=False)
        return
    from gevent import pywsgi

    server = pywsgi.WSGIServer((host, port), app, handler_class=_handler_class(), log=None)
    server.serve_forever()
