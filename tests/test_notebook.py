"""The walkthrough notebook runs from top to bottom (so it never rots)."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "walkthrough.ipynb"


@pytest.mark.slow
def test_walkthrough_notebook_executes(tmp_path: Path) -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert notebook.cells, "the walkthrough notebook is empty"
    os.environ.setdefault("MPLBACKEND", "Agg")
    client = NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=300,
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()
    errors = [
        output
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if output.get("output_type") == "error"
    ]
    assert not errors
    # Every code cell produced something a reader can see.
    silent = [
        i for i, cell in enumerate(notebook.cells) if cell.cell_type == "code" and not cell.outputs
    ]
    assert not silent, f"code cells without output: {silent}"
    kinds = {
        mime
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        for mime in output.get("data", {})
    }
    assert "text/html" in kinds  # the inline map (and the GeoDataFrame table)
    assert "image/png" in kinds  # the static map
    nbformat.validate(notebook)
