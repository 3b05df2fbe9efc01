"""Military-exercise detector for news articles.

``detect(title, text, published, language)`` returns an :class:`ExerciseMention`; its
``to_record()`` has exactly :data:`MENTION_KEYS`. Pure Python and ``re``: no I/O, no network.
"""

from .detector import detect, detect_many
from .model import DETECTOR_VERSION, MENTION_KEYS, ExerciseMention

__all__ = ["detect", "detect_many", "DETECTOR_VERSION", "MENTION_KEYS", "ExerciseMention"]
