"""Refusals the services raise: the message is Chinese and says what to do next."""


class Refused(Exception):
    """An action the rules of the meeting do not allow; nothing was written."""


class Conflict(Refused):
    """Someone else (another terminal) changed the value since the caller read it; nothing was
    written. `current` is the value now saved."""

    def __init__(self, message: str, current=None) -> None:
        super().__init__(message)
        self.current = current
