"""Tables as the result classes give them: each column once, with its name, its pandas dtype
and its values, whence both the records (dicts) and the DataFrame, so that the two have the
same columns, and a table with no rows still has them."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

Columns = List[Tuple[str, Optional[str], List[Any]]]
"""A table's columns: each one's name, its pandas dtype (None: as pandas infers it, for
text) and its values, one per row."""


def pandas() -> Any:
    """The pandas module, an optional dependency: an ImportError that says how to get it."""
    try:
        import pandas
    except ImportError:
        raise ImportError("to_pandas() needs pandas: pip install pandas") from None
    return pandas


def records(columns: Columns) -> List[Dict[str, Any]]:
    """One dict per row, its columns in order."""
    names = [name for name, _, _ in columns]
    return [dict(zip(names, values)) for values in zip(*(values for _, _, values in columns))]


def frame(columns: Columns, *, indexed: bool = True) -> Any:
    """The DataFrame, indexed by the first column (or, not ``indexed``, numbered from 0).
    Each column has its dtype, so that a column of øre is int64 even with no rows, and one
    with gaps is Int64, not float."""
    module = pandas()
    if indexed:
        (index_name, _, index_values), *columns = columns
        index = module.Index(index_values, name=index_name)
    else:
        index = module.RangeIndex(len(columns[0][2]) if columns else 0)
    return module.DataFrame(
        {name: module.Series(values, index=index, dtype=dtype) for name, dtype, values in columns}, index=index
    )
