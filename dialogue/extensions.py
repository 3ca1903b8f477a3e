"""Extension objects, created unbound; create_app() initialises them."""

from typing import TYPE_CHECKING

from flask_babel import Babel
from flask_limiter import Limiter
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_socketio import SocketIO
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

# Stable constraint names, so Alembic migrations stay reviewable and portable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


db = SQLAlchemy(model_class=Base)

# The models' base class. A type checker cannot take a variable such as ``db.Model`` as a
# base class (python/mypy#8603), so it is told what ``db.Model`` is at run time: Base with
# Flask-SQLAlchemy's Model mixin (query, __fsa__). At run time this is ``db.Model`` itself.
if TYPE_CHECKING:
    from typing import ClassVar

    from flask_sqlalchemy.model import Model as _FlaskModel
    from sqlalchemy import Table

    class Model(_FlaskModel, Base):
        __abstract__ = True
        __table__: ClassVar[Table]  # every model names its table: a Table, not a join

else:
    Model = db.Model
migrate = Migrate()
socketio = SocketIO()
csrf = CSRFProtect()
login_manager = LoginManager()
babel = Babel()


def _hashed_address() -> str:
    """Flask-Limiter's key for a decorated route: the client address, hashed (never clear)."""
    from .rate_limits import address_key

    return address_key()


# Configured by dialogue.rate_limits.init_app: storage, strategy, no headers.
limiter = Limiter(key_func=_hashed_address)
