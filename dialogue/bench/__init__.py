"""`dialogue bench`: a load benchmark organisers can run before an event.

The pieces, by responsibility:

``scratch``   a scratch database with one live session, its roster and seeded items
``servers``   the app (or the bare baseline) as server processes, and their CPU and memory
``balancer``  a small sticky TCP load balancer for ``--workers K``
``baseline``  a bare Flask-SocketIO server: every vote broadcast at once, no database
``load``      real Socket.IO clients in one asyncio load process: join, vote, post
``processes`` the clients spread over spawned load processes; their figures merged
``delivery``  matches each acknowledged vote to the tallies every client receives
``report``    percentiles, the figures of one run, the side-by-side table and the JSON
``runner``    puts them together: scratch data, servers, load, counts
``command``   the click command
``costs``     what one join and one vote cost in-process (``python -m dialogue.bench.costs``)
"""
