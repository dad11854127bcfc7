"""One wording for pydantic's validation errors, wherever a person reads them."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from packstation.settings import StationSettings
from packstation.validation import describe, problems


def test_problems_name_the_field_path_and_drop_pydantics_prefix() -> None:
    with pytest.raises(ValidationError) as caught:
        StationSettings.model_validate(
            {"label_mime_type": "application/pdf", "label_dpi": 300, "sounds": "loud"}
        )
    found = problems(caught.value)
    assert ("sounds",) in [problem.path for problem in found]
    assert all(not problem.message.startswith("Value error, ") for problem in found)
    text = describe(caught.value, "file")
    assert text.count(";") == len(found) - 1
    assert "sounds: " in text


def test_a_problem_of_the_whole_object_is_named_by_the_caller() -> None:
    with pytest.raises(ValidationError) as caught:
        StationSettings.model_validate({"label_mime_type": "application/pdf", "label_dpi": 300})
    assert describe(caught.value, "file").startswith("file: ")
