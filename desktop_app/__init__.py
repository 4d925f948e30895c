"""«Секретарь комиссии»: the work of a commission secretary in one desktop program."""

__version__ = "0.1.0"
APP_NAME = "Секретарь комиссии"
APP_ID = "commission-secretary"
