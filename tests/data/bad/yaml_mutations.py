"""Edits of YAML text at the places its composed nodes name, for generate_cases.py."""
import os

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def child(path, key):
    return f"{path}.{key}" if path else key


def base_text(rel):
    text = open(os.path.join(ROOT, rel), encoding="utf-8").read()
    # Tables relative to the generated folder.
    text = text.replace("table: zone-2x2.csv", f"table: {ROOT}/tests/data/scenarios/zone-2x2.csv")
    text = text.replace("table: data/", f"table: {ROOT}/scenarios/data/")
    return text


def walk(node, path):
    """(kind, node, path) of every map and scalar value, depth first, in file order."""
    if isinstance(node, yaml.MappingNode):
        yield "map", node, path
        for k, v in node.value:
            yield from walk(v, child(path, k.value))
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            yield from walk(v, f"{path}[{i}]")
    else:
        yield "scalar", node, path


def numeric(node):
    return node.style is None and node.tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")


def splice(text, start, end, new):
    return text[:start] + new + text[end:]


def insert_key(text, node, key_text):
    """`text` with `key_text` ("k: v") as the first key of the map `node`."""
    if node.flow_style:
        brace = node.start_mark.index
        assert text[brace] == "{"
        return splice(text, brace + 1, brace + 1, f"{key_text}, ")
    first = node.value[0][0]
    return splice(text, first.start_mark.index, first.start_mark.index,
                  f"{key_text}\n" + " " * first.start_mark.column)
