# Samples SQLite's `reminders` every 0.25 s while it runs: the reminders queued and sent (a
# read-only connection to the bench's database file), the machine's busy share (/proc/stat), the
# server's and the bench's CPU (in % of one core) and the server's busiest threads.
# usage: python3 docs/experiments/reminders_phases.py & /tmp/VERSION/failnight-bench reminders --server /tmp/VERSION/failnight
import sqlite3, glob, time, subprocess
def pid(pat):
    r=subprocess.run(['pgrep','-f',pat],capture_output=True,text=True).stdout.split()
    return r[0] if r else None
def pcpu(p):
    try:
        f=open(f'/proc/{p}/stat').read().rsplit(')',1)[1].split(); return int(f[11])+int(f[12])
    except Exception: return 0
def stat():
    f=[int(x) for x in open('/proc/stat').readline().split()[1:9]]; return sum(f), f[3]+f[4]
db=None; deadline=time.time()+180
while time.time()<deadline:
    for f in glob.glob('/tmp/failnight-bench-*/failnight.db'):
        try:
            c=sqlite3.connect(f'file:{f}?mode=ro', uri=True, timeout=1)
            if c.execute("select count(*) from outbox where idempotency_key like 'reminder%'").fetchone()[0]>0: db=c; break
        except Exception: pass
    if db: break
    time.sleep(0.01)
s=pid('failnight serve'); b=pid('failnight-bench'); t0=time.time()
import os
def threads(p):
    r={}
    for t in os.listdir(f'/proc/{p}/task'):
        try:
            raw=open(f'/proc/{p}/task/{t}/stat').read(); name=raw[raw.index('(')+1:raw.rindex(')')]
            f=raw.rsplit(')',1)[1].split(); r[t]=(name,int(f[11])+int(f[12]))
        except Exception: pass
    return r
pt,pi=stat(); ps,pb=pcpu(s),pcpu(b); pq=0; psent=0; th=threads(s)
while time.time()-t0<15:
    time.sleep(0.25)
    q=db.execute("select count(*), count(sent_at) from outbox where idempotency_key like 'reminder%'").fetchone()
    t,i=stat(); cs,cb=pcpu(s),pcpu(b); dt=t-pt
    print(f"{time.time()-t0:5.2f} queued={q[0]:6d} sent={q[1]:6d} (+{q[1]-psent:5d}) busy={100*(dt-(i-pi))/dt:3.0f}% server={(cs-ps)*100/dt*2:4.0f}% bench={(cb-pb)*100/dt*2:4.0f}%", flush=True)
    nt=threads(s); busy={}
    for k,(n,c) in nt.items():
        d=c-th.get(k,(n,c))[1]
        if d: busy[n+':'+k[-3:]]=d*100//(dt//2 or 1)
    print('   threads', sorted(busy.items(), key=lambda x:-x[1])[:8], flush=True); th=nt
    pt,pi,ps,pb,psent=t,i,cs,cb,q[1]
    if q[1]>=20000: break
