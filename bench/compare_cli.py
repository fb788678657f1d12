#!/usr/bin/env python3
"""Compares two builds of the `newsrail` CLI answer by answer, as JSON (member order ignored).

    python3 bench/compare_cli.py OLD_NEWSRAIL NEW_NEWSRAIL

On the demo feed, the Arabic demo feed and `synth 300` / `synth 2000` (written by NEW): validate
--json; most-read for 1h, 6h, 24h, 7d and trending; ticker; read-next for every ~25th article; all
at --now 2025-06-26T18:00:00Z. Prints the first differences and "N outputs compared as JSON, M
differ". Used for issue 10's "answers unchanged" check (old = the CLI built at 4a57973).
"""
import json
import os
import subprocess
import sys
import tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
old, new = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp()
feeds = {'demo': os.path.join(root, 'web/demo/feed.json'),
         'ar': os.path.join(root, 'web/demo/feed-ar.json')}
for n in (300, 2000):
    path = os.path.join(work, f'synth{n}.json')
    with open(path, 'w') as f:
        subprocess.run([new, 'synth', str(n)], stdout=f, check=True)
    feeds[f'synth{n}'] = path
now = ['--now', '2025-06-26T18:00:00Z']


def run(binary, args):
    r = subprocess.run([binary] + args, capture_output=True, text=True)
    try:
        return json.loads(r.stdout)
    except ValueError:
        return ('not JSON', r.returncode, r.stdout[:200])


total = differ = 0
for name, path in feeds.items():
    with open(path) as f:
        ids = [item['id'] for item in json.load(f)['items']]
    cases = [['validate', '--json', path]]
    cases += [['most-read', path, '--window', w, '--limit', '20'] + now for w in ('1h', '6h', '24h', '7d')]
    cases.append(['most-read', path, '--trending', '--limit', '10'] + now)
    cases.append(['ticker', path] + now)
    cases += [['read-next', path, '--article', a, '--limit', '6'] + now for a in ids[::max(1, len(ids) // 25)]]
    for case in cases:
        total += 1
        a, b = run(old, case), run(new, case)
        if a == b:
            continue
        differ += 1
        if differ <= 8:
            print('differs:', name, ' '.join(case[:1] + case[2:4]))
            if isinstance(a, dict) and isinstance(b, dict):
                for key in sorted(set(a) | set(b)):
                    if a.get(key) != b.get(key):
                        print('  ', key, str(a.get(key))[:300], '\n   ->', str(b.get(key))[:300])
print(f'{total} outputs compared as JSON, {differ} differ')
