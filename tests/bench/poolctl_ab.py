#!/usr/bin/env python3
"""poolctl builds side by side against one poolsim process, next to curl.

    tests/bench/poolctl_ab.py BUILD ROUNDS NAME=POOLCTL [NAME=POOLCTL:VAR=VALUE,...] ...

Starts BUILD/bin/poolsim --seed-size 100x10x20 (a separate process, as a
real server is), then runs `POOLCTL --api-url URL clusters` for every NAME
and curl on the same page, ROUNDS times, interleaved and in alternating
order so that the machine's load falls on all alike. Prints, per client,
the median, first quartile and minimum of the wall time, the median CPU time
of the process (user + system, from the kernel's accounting of children) and
the median's ratio to curl's. Each client is a fresh process; stdout goes
to /dev/null; one uncounted round first warms the simulator up.
"""
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    build, rounds = sys.argv[1], int(sys.argv[2])
    home = tempfile.mkdtemp()
    env = dict(os.environ, HOME=home, XDG_CACHE_HOME=home, DIGITALOCEAN_ACCESS_TOKEN="T")
    sim = subprocess.Popen([os.path.join(build, "bin", "poolsim"), "--seed-size", "100x10x20",
                            "--token", "T"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                           text=True)
    try:
        url = sim.stdout.readline().strip()
        clients = {}
        for spec in sys.argv[3:]:
            name, _, rest = spec.partition("=")
            binary, _, assignments = rest.partition(":")
            client_env = dict(env)
            for assignment in filter(None, assignments.split(",")):
                key, _, value = assignment.partition("=")
                client_env[key] = value
            clients[name] = ([binary, "--api-url", url, "clusters"], client_env)
        clients["curl"] = (["curl", "-sS", "-H", "Authorization: Bearer T",
                            url + "/v2/kubernetes/clusters?per_page=200"], env)
        wall = {name: [] for name in clients}
        cpu = {name: [] for name in clients}
        order = list(clients)
        for command, client_env in clients.values():  # warm the simulator up, uncounted
            subprocess.run(command, env=client_env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, check=True)
        for round_ in range(rounds):
            for name in order if round_ % 2 == 0 else reversed(order):
                command, client_env = clients[name]
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                subprocess.run(command, env=client_env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, check=True)
                wall[name].append((time.perf_counter() - start) * 1000)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu[name].append((after.ru_utime + after.ru_stime -
                                  before.ru_utime - before.ru_stime) * 1000)
        curl = statistics.median(wall["curl"])
        print(f"{rounds} rounds against {url}")
        print("client       wall: median  quartile     min    CPU median  ratio to curl")
        for name in clients:
            times = sorted(wall[name])
            print(f"{name:12s} {statistics.median(times):12.1f} {times[len(times) // 4]:9.1f}"
                  f" {times[0]:7.1f} {statistics.median(cpu[name]):13.1f}"
                  f" {statistics.median(times) / curl:14.2f}")
    finally:
        sim.kill()


if __name__ == "__main__":
    main()
