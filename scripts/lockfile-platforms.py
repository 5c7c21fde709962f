#!/usr/bin/env python3
"""Adds lock entries for Biome's other-platform binaries.

The npm registry this project installs from serves only this platform's Biome binary, so `npm install`
leaves the others out of package-lock.json and `npm ci` then refuses the lock as out of sync. An entry that
declares only `os`/`cpu`/`libc` is enough: npm skips it on a platform that does not match, without fetching.
Run it after any `npm install` that rewrites the lock.
"""
import json
import pathlib

lock_path = pathlib.Path(__file__).resolve().parent.parent / 'package-lock.json'
lock = json.loads(lock_path.read_text())
packages = lock['packages']
biome = packages.get('node_modules/@biomejs/biome')
if biome:
    version = biome['version']
    for name in biome.get('optionalDependencies', {}):
        key = f'node_modules/{name}'
        if key in packages:
            continue
        platform = name.split('/cli-')[1]
        os_name, cpu = platform.split('-')[0], platform.split('-')[1]
        entry = {'version': version, 'cpu': [cpu], 'dev': True, 'license': biome.get('license', 'MIT'),
                 'optional': True, 'os': [os_name], 'engines': biome.get('engines', {})}
        if platform.endswith('-musl'):
            entry['libc'] = ['musl']
        packages[key] = entry
    lock['packages'] = dict(sorted(packages.items(), key=lambda item: (item[0] != '', item[0])))
    lock_path.write_text(json.dumps(lock, indent=2) + '\n')
