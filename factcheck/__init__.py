"""factcheck: track quotes and statistics across news articles and record their verification.

Data flows one way: load (``articles``) -> extract (``quotes``, ``speakers``, ``figures``)
-> store (``storage``, ``db``) -> match (``matching``) -> review (``review``) -> report
(``report``). ``cli`` is a thin layer over these modules.
"""

__version__ = "0.1.0"
