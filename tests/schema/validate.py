#!/usr/bin/env python3
"""Usage: validate.py SCHEMA GOOD... -- BAD...

Validates YAML files against the JSON schema of `acctmgr schema` (python3-jsonschema): every
GOOD file must pass and every BAD file must fail. Files are read as YAML 1.2 core (2026-10-05
stays a string), twice: with keys as the YAML language server passes them (a key such as 2026
is a number: the language server reported such keys as errors until the schema accepted
them) and with every key a string, as JSON tools see the document.
"""
import sys

import jsonschema
import yaml


class Yaml12Loader(yaml.SafeLoader):
    """SafeLoader without YAML 1.1's timestamps, as in the YAML 1.2 core schema."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def as_json(node):
    """JSON has only string keys."""
    if isinstance(node, dict):
        return {str(k): as_json(v) for k, v in node.items()}
    if isinstance(node, list):
        return [as_json(v) for v in node]
    return node


def errors(validator, path):
    with open(path, encoding="utf-8") as f:
        document = yaml.load(f, Loader=Yaml12Loader)
    found = list(validator.iter_errors(document)) + list(validator.iter_errors(as_json(document)))
    return sorted(found, key=lambda e: list(map(str, e.absolute_path)))


def main(argv):
    with open(argv[1], encoding="utf-8") as f:
        schema = __import__("json").load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    split = argv.index("--")
    good, bad = argv[2:split], argv[split + 1 :]
    failed = False
    for path in good:
        for e in errors(validator, path):
            print(f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
            failed = True
    for path in bad:
        if not errors(validator, path):
            print(f"{path}: accepted, but acctmgr refuses it")
            failed = True
    print(f"{len(good)} valid files accepted, {len(bad)} invalid files rejected" if not failed else "FAILED")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
