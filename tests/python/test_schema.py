"""The JSON Schemas that `jezsim schema` generates (jezsim.schema.json, jezsim.sweep.schema.json):
they accept every shipped scenario and sweep, and for every type and bound error of the bad
corpus (tests/data/bad/) they reject the very key that `jezsim validate` names.

Files are read as YAML 1.2 (the core schema that editors' YAML language servers use): no
timestamps, `1e5` is a number, only true/false are booleans.
"""

import json
import re
import subprocess
from pathlib import Path

import jsonschema
import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
BAD = REPO / "tests" / "data" / "bad"


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML's safe loader with the YAML 1.2 core schema's scalars instead of YAML 1.1's."""


Yaml12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$",
     list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
     r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", list("-+.0123456789")),
]:
    Yaml12Loader.add_implicit_resolver(tag, re.compile(pattern), first)


def load_yaml(path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Loader)


def validator(name):
    schema = json.loads((REPO / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def shipped(folder, pattern):
    files = sorted((REPO / folder).glob(pattern))
    assert files, f"no {pattern} in {folder}"
    return files


@pytest.mark.parametrize("path", shipped("scenarios", "*.yaml"), ids=lambda p: p.name)
def test_every_shipped_scenario_is_valid_under_the_schema(path):
    errors = list(validator("jezsim.schema.json").iter_errors(load_yaml(path)))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors]


@pytest.mark.parametrize("path", shipped("scenarios/sweeps", "*.yaml"), ids=lambda p: p.name)
def test_every_shipped_sweep_is_valid_under_the_sweep_schema(path):
    errors = list(validator("jezsim.sweep.schema.json").iter_errors(load_yaml(path)))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors]


@pytest.mark.parametrize("path", shipped("scenarios", "*.yaml") +
                         shipped("scenarios/sweeps", "*.yaml"), ids=lambda p: p.name)
def test_every_shipped_file_names_the_schema_on_its_first_line(path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    schema = "jezsim.sweep.schema.json" if path.parent.name == "sweeps" else "jezsim.schema.json"
    assert first.startswith("# yaml-language-server: $schema=") and first.endswith(schema)
    assert (path.parent / first.split("=", 1)[1]).resolve() == REPO / schema


# The errors a JSON Schema can express: a value's type, its bounds, its choices, unknown and
# missing keys, the length of a list. Cross-references (a region that does not exist, a route
# without a hub) and relations between keys (end before start) are jezsim's alone.
SCHEMA_EXPRESSIBLE = re.compile(
    r"expected (a number|a whole number|one of|a key of|a value for this required key|"
    r"a list of 12|a day of every year as MM-DD|a month as YYYY-MM|1 \(the scenario format)")


def key_path(text):
    """'routes[0].voyage_h' -> ['routes', 0, 'voyage_h']."""
    out = []
    for part in re.finditer(r"([^.\[\]]+)|\[([0-9]+)\]", text):
        out.append(part.group(1) if part.group(1) is not None else int(part.group(2)))
    return out


def rejected_paths(errors):
    """Every key path a schema error points at (an unknown or missing key: that key)."""
    for e in errors:
        path = list(e.absolute_path)
        yield path
        if e.validator == "required":
            yield path + [re.match(r"'([^']+)'", e.message).group(1)]
        if e.validator == "additionalProperties":
            for key in re.findall(r"'([^']+)'", e.message):
                yield path + [key]
        for sub in e.context or []:
            yield list(sub.absolute_path)


def bad_cases():
    for line in (BAD / "expected-scenarios.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, expected = line.split("\t", 1)
            yield name, expected


# Errors that look schema-expressible but depend on the rest of the scenario.
NOT_EXPRESSIBLE = {
    # finance's keys are the sides: japan, russia and every investment's owners.
    "scenario-finance-unknown-side.yaml",
}


def test_the_schema_rejects_the_key_that_validate_names(jezsim):
    schema = validator("jezsim.schema.json")
    checked = []
    for name, _ in bad_cases():
        done = subprocess.run([str(jezsim), "validate", str(BAD / name)], capture_output=True,
                              text=True, timeout=60)
        assert done.returncode == 2, (name, done.stderr)
        message = done.stderr.strip()
        m = re.match(r"^jezsim: [^:]+:[0-9]+:[0-9]+: ([^:]+): (expected .*)$", message)
        if not m or not SCHEMA_EXPRESSIBLE.match(m.group(2)) or name in NOT_EXPRESSIBLE:
            continue
        try:
            document = load_yaml(BAD / name)
        except yaml.YAMLError:
            continue
        paths = list(rejected_paths(schema.iter_errors(document)))
        assert key_path(m.group(1)) in paths, (name, message, paths)
        checked.append(name)
    # The type and bound errors of the corpus, among them the new physical bounds.
    assert len(checked) >= 15, checked
    for name in ["scenario-tiny-voyage.yaml", "scenario-huge-sailings.yaml",
                 "scenario-huge-storms.yaml", "scenario-wrong-type.yaml",
                 "scenario-unknown-key.yaml", "scenario-missing-key.yaml"]:
        assert name in checked
