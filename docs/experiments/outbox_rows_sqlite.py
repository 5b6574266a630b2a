"""The outbox's table alone on SQLite (issue #22, 2026-12-07): 20,000 reminder-sized rows
(bodies of 1.6 KB, 0.7 and 0.7) inserted 200 a transaction, claimed 64 and marked 16 at a
time with the dispatcher's claim and mark (without the sensitive bodies' blanking), with the bodies in the row ("whole") or in a table of
their own ("split"); prints each phase's seconds. The schema is the migrations' (a migration
Python's SQLite cannot run, such as the library's full-text search, is skipped: the outbox does
not need it). Usage: python3 docs/experiments/outbox_rows_sqlite.py
"""
import sqlite3, glob, os, time, random, string
MIG = sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../migrations/sqlite/*.sql')))
def fresh(path):
    for f in (path, path+'-wal', path+'-shm'):
        if os.path.exists(f): os.remove(f)
    c = sqlite3.connect(path, isolation_level=None)
    c.execute('PRAGMA journal_mode=WAL'); c.execute('PRAGMA synchronous=NORMAL')
    c.execute('PRAGMA foreign_keys=OFF'); c.execute('PRAGMA wal_autocheckpoint=10000')
    for m in MIG:
        try: c.executescript(open(m).read())
        except sqlite3.Error as e: print(f'skipped {os.path.basename(m)}: {e}')
    return c
rnd = random.Random(1)
def text(n): return ''.join(rnd.choice(string.ascii_letters+' ') for _ in range(n))
HTML, TXT, ICS = text(1600), text(700), text(700)
N = 20000
def run(split):
    c = fresh('/tmp/outbox_rows_sqlite.db')
    if split:
        c.execute('CREATE TABLE outbox_bodies (id INTEGER PRIMARY KEY, body_text TEXT, body_html TEXT, ics TEXT)')
    t0 = time.perf_counter()
    k = 0
    for chunk in range(N // 200):
        c.execute('BEGIN IMMEDIATE')
        for i in range(200):
            k += 1
            bt, bh, ic = (('', '', None) if split else (TXT, HTML, ICS))
            cur = c.execute("""INSERT INTO outbox (idempotency_key, message_id, to_email, to_name, subject, body_text, body_html, ics_method, ics, event_id, available_at, created_at, unsubscribe_url, expires_at, category)
              VALUES (?,?,?,?,?,?,?,?,?,NULL,0,0,?,NULL,'optional')""", (f'reminder:{k}', f'{k}@x', f'g{k}@example.com', 'Guest Name', 'Tonight: Failure Night', bt, bh, 'REQUEST', ic, 'https://x/u/tok'))
            if split:
                c.execute('INSERT INTO outbox_bodies VALUES (?,?,?,?)', (cur.lastrowid, TXT, HTML, ICS))
        c.execute('COMMIT')
    t1 = time.perf_counter()
    claimed = []
    tc = 0; tm = 0
    lease = 0
    while True:
        a = time.perf_counter()
        lease += 1
        c.execute('BEGIN IMMEDIATE')
        rows = c.execute("""UPDATE outbox SET lease_token = ?, leased_until = ?, attempts = attempts + 1
         WHERE id IN (SELECT id FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL AND available_at <= ?
           AND (leased_until IS NULL OR leased_until < ?) AND (expires_at IS NULL OR expires_at > ?)
           ORDER BY available_at, id LIMIT 64)
         RETURNING id, idempotency_key, message_id, to_email, to_name, subject, body_text, body_html, ics_method, ics, unsubscribe_url, attempts, lease_token""",
         (str(lease), 10**12, 1, 1, 1)).fetchall()
        if split and rows:
            ids = [r[0] for r in rows]
            bodies = c.execute('SELECT id, body_text, body_html, ics FROM outbox_bodies WHERE id IN (%s)' % ','.join('?'*len(ids)), ids).fetchall()
        c.execute('COMMIT')
        b = time.perf_counter(); tc += b - a
        if not rows: break
        ids = [r[0] for r in rows]
        for g in range(0, 64, 16):
            grp = ids[g:g+16]
            if not grp: break
            c.execute('BEGIN IMMEDIATE')
            c.execute('UPDATE outbox SET sent_at = ?, failed_at = NULL, leased_until = NULL, last_error = NULL WHERE lease_token = ? AND sent_at IS NULL AND id IN (%s) RETURNING id' % ','.join('?'*len(grp)), [5, str(lease)] + grp).fetchall()
            c.execute('COMMIT')
        tm += time.perf_counter() - b
    wal = os.path.getsize('/tmp/outbox_rows_sqlite.db-wal')
    c.close()
    return t1 - t0, tc, tm, wal
for rep in range(2):
    for split in (False, True):
        ins, cl, mk, wal = run(split)
        print(f"{'split' if split else 'whole'}: insert {ins:.2f} s, claim {cl:.2f} s, mark {mk:.2f} s, total {ins+cl+mk:.2f}; wal {wal/1e6:.0f} MB", flush=True)
