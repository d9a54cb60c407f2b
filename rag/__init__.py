"""aicredit: classify purchases under Taiwan's AI products and services investment tax credit, offline.

Public API::

    from rag import classify, ask, search, build_index
    decision = classify("採購推論伺服器，配備 1 張 H100 (48 TFLOPS)")
"""

from rag.answer import Answer
from rag.api import ask, build_index, classify, search
from rag.classify import Decision
from rag.retrieve import Passage

__all__ = ["Answer", "Decision", "Passage", "ask", "build_index", "classify", "search"]
